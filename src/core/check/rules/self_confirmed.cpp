#include "core/check/rules/self_confirmed.h"

#include "core/campaign/campaign_reader.h"
#include "core/check/message_language.h"

#include <algorithm>

namespace cw {

using messages::pick;

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
            finding.message = std::string(pick(language, "你已确认（这是你自己的确认，小工具无法检查）。",
                                               "Confirmed by you (your own word: the widget cannot check this)."));
        } else {
            finding.status = unmet(item.required);
            finding.message = std::string(pick(language, "只有你自己能确认：属实后请勾选。", "Only you can confirm this: tick it when it is true."));
            const std::string& detail = item.detail.text(language);
            if (!detail.empty()) finding.message += std::string(pick(language, "", " ")) + detail;
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
