#include "core/check/finding.h"

#include "core/i18n/catalogue.h"

#include <algorithm>

namespace cw {

std::string_view status_name(Status status)
{
    switch (status) {
    case Status::Pass: return "pass";
    case Status::Warn: return "warn";
    case Status::Fail: return "fail";
    }
    return "fail";
}

void add_suggestion_note(Finding& finding, bool required, Language language)
{
    if (!required) finding.message += catalogue().get("check.suggestion-note", language);
}

bool is_draft_finding_id(std::string_view id)
{
    return id.rfind("draft.", 0) == 0 || id == "link.lookalike";
}

bool none_fails(const std::vector<Finding>& findings)
{
    return std::none_of(findings.begin(), findings.end(), [](const Finding& finding) { return finding.status == Status::Fail; });
}

} // namespace cw
