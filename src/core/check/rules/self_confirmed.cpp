#include "core/check/rules/self_confirmed.h"

#include "core/json/campaign_reader.h"
#include "core/i18n/catalogue.h"

#include <algorithm>

namespace cw {


void read_requirement(const CampaignJson& entry, const std::string& here, CampaignReader& reader, SelfConfirmedItem& item)
{
    reader.allow_only(entry, here, {"id", "title", "detail", "required"});
    reader.requirement_fields(entry, here, item);
    if (entry.contains("detail")) item.detail = reader.localized(entry, here, "detail", false);
}

void add_self_confirmed_findings(const std::vector<SelfConfirmedItem>& items, const std::set<std::string>& confirmed,
                                 Language language, Report& report)
{
    for (const SelfConfirmedItem& item : items) {
        Finding finding = start_finding(item, language);
        const bool ticked = confirmed.count(item.id) != 0;
        if (ticked) {
            finding.status = Status::Pass;
            finding.message = std::string(catalogue().get("check.self-confirmed.ticked", language));
        } else {
            finding.status = unmet(item.required);
            finding.message = std::string(catalogue().get("check.self-confirmed.untick", language));
            const std::string& detail = item.detail.text(language);
            if (!detail.empty()) finding.message = fill(catalogue().get("check.sentences", language), {finding.message, detail});
        }
        report.findings.push_back(std::move(finding));
    }
    report.ready = none_fails(report.findings);
}

bool is_self_confirmed(const std::vector<SelfConfirmedItem>& items, std::string_view id)
{
    return std::any_of(items.begin(), items.end(), [&](const SelfConfirmedItem& item) { return item.id == id; });
}

} // namespace cw
