// What the checklist under the draft shows, as data both views render: for each finding of the report,
// in its order, the finished title ("… (suggested)" when it is not required), the status in words, the
// message, and whether it has a Fix or is the person's own box to tick (format 2). The drawn panel
// (ui/draft_panel.h) and the text view (platform/web/text_view.cpp) render it.
#pragma once

#include "core/campaign/progress.h"
#include "core/check/rules/registry.h"
#include "core/campaign/campaign_check.h"
#include "core/i18n/language.h"

#include <string>
#include <vector>

namespace cw {

struct ChecklistItem {
    std::string id;
    Status status = Status::Fail;
    std::string title;           // the finding's title, marked "(suggested)" when it is not required
    std::string status_name;     // "Fails", for a screen reader: the status is not only a colour
    std::string spoken_title;    // "Fails: <title>", the item's name for a screen reader
    std::string message;
    bool can_fix = false;        // the finding has a Fix, and it does not pass yet
    bool self_confirmed = false; // only the person can confirm it: a box to tick, not a light
    bool ticked = false;         // the person's tick, for a self-confirmed item
    std::string confirm_name;    // "I confirm: <title>", the box's name
};

// A status in words ("Fails"): a screen reader hears it, not a colour.
std::string spoken_status(Status status, Language language);

std::vector<ChecklistItem> checklist_content(const Requirements& requirements, const Progress& progress, const Report& report,
                                             Language language);

} // namespace cw
