#include "core/check/readiness.h"

#include "core/i18n/catalogue.h"

#include <algorithm>
#include <string_view>

namespace cw {

Readiness count_readiness(const Report& report)
{
    Readiness readiness;
    bool draft_fails = false;
    for (const Finding& finding : report.findings) {
        if (is_draft_finding_id(finding.id)) {
            draft_fails = draft_fails || finding.status == Status::Fail;
            continue;
        }
        if (!finding.required) continue;
        ++readiness.total;
        if (finding.status != Status::Fail) ++readiness.passing;
    }
    ++readiness.total; // the draft itself: one item, whichever of its findings come and go
    if (!draft_fails) ++readiness.passing;
    return readiness;
}

std::string readiness_summary(const Report& report, Language language)
{
    const Readiness readiness = count_readiness(report);
    // Each language's own punctuation: "3 of 5 checks pass: …; …." and "已通过 3 / 5 项检查：…；…。"
    const std::string_view stop = catalogue().get("a11y.sentence-end", language);
    std::string failing;
    for (const Finding& finding : report.findings) {
        if (!finding.required || finding.status != Status::Fail) continue;
        std::string message = finding.message;
        // The messages end with their own full stop; the list ends with one.
        for (std::string_view end : {std::string_view("。"), std::string_view(".")}) {
            if (message.size() >= end.size() && message.compare(message.size() - end.size(), end.size(), end) == 0) {
                message.resize(message.size() - end.size());
                break;
            }
        }
        // Named: four self-confirmed items all say "only you can confirm this".
        const std::string item = finding.title.empty() ? message : catalogue_text("a11y.finding", language, {finding.title, message});
        failing += std::string(catalogue().get(failing.empty() ? "a11y.list-start" : "a11y.list-separator", language)) + item;
    }
    std::string summary = catalogue_text("a11y.summary", language, {std::to_string(readiness.passing), std::to_string(readiness.total)});
    if (report.ready) return summary + std::string(stop) + catalogue().get("a11y.ready", language);
    std::string last_stop(stop);
    while (!last_stop.empty() && last_stop.back() == ' ') last_stop.pop_back(); // ". " between sentences, "." at the end
    return summary + failing + last_stop;
}

} // namespace cw
