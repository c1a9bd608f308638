#include "core/check/self_confirmation.h"

#include "core/check/message_language.h"

#include <algorithm>

namespace cw {

using messages::pick;

void add_self_confirmed_findings(const Requirements& requirements, const std::set<std::string>& confirmed, Language language,
                                 Report& report)
{
    for (const SelfConfirmedItem& item : requirements.self_confirmed) {
        Finding finding;
        finding.id = item.id;
        finding.required = item.required;
        finding.title = item.title.text(language);
        const bool ticked = confirmed.count(item.id) != 0;
        if (ticked) {
            finding.status = Status::Pass;
            finding.message = std::string(pick(language, "你已确认（这是你自己的确认，小工具无法检查）。",
                                               "Confirmed by you (your own word: the widget cannot check this)."));
        } else {
            finding.status = item.required ? Status::Fail : Status::Warn;
            finding.message = std::string(pick(language, "只有你自己能确认：属实后请勾选。", "Only you can confirm this: tick it when it is true."));
            const std::string& detail = item.detail.text(language);
            if (!detail.empty()) finding.message += std::string(pick(language, "", " ")) + detail;
        }
        report.findings.push_back(std::move(finding));
    }
    report.ready = std::none_of(report.findings.begin(), report.findings.end(),
                                [](const Finding& finding) { return finding.status == Status::Fail; });
}

bool is_self_confirmed(const Requirements& requirements, std::string_view id)
{
    return std::any_of(requirements.self_confirmed.begin(), requirements.self_confirmed.end(),
                       [&](const SelfConfirmedItem& item) { return item.id == id; });
}

} // namespace cw
