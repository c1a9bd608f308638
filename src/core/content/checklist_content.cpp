#include "core/content/checklist_content.h"

#include "core/check/rules/self_confirmed.h"
#include "core/i18n/catalogue.h"

namespace cw {

namespace {

const char* status_key(Status status)
{
    switch (status) {
    case Status::Pass: return "a11y.status-pass";
    case Status::Warn: return "a11y.status-warn";
    case Status::Fail: return "a11y.status-fail";
    }
    return "a11y.status-fail";
}

} // namespace

std::string spoken_status(Status status, Language language)
{
    return catalogue().get(status_key(status), language);
}

std::vector<ChecklistItem> checklist_content(const Requirements& requirements, const Progress& progress, const Report& report,
                                             Language language)
{
    std::vector<ChecklistItem> items;
    items.reserve(report.findings.size());
    for (const Finding& finding : report.findings) {
        ChecklistItem item;
        item.id = finding.id;
        item.status = finding.status;
        item.title = finding.required ? finding.title : catalogue_text("draft.optional-title", language, {finding.title});
        item.status_name = spoken_status(finding.status, language);
        item.spoken_title = catalogue_text("a11y.finding", language, {item.status_name, item.title});
        item.message = finding.message;
        item.can_fix = finding.fix.has_value() && finding.status != Status::Pass;
        item.self_confirmed = is_self_confirmed(requirements.all<SelfConfirmedItem>(), finding.id);
        item.ticked = progress.confirmed.count(finding.id) != 0;
        item.confirm_name = catalogue_text("a11y.confirm", language, {finding.title});
        items.push_back(std::move(item));
    }
    return items;
}

} // namespace cw
