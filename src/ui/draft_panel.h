// The draft: a multi-line editor and, beside it (below it on a narrow widget), the report as a checklist
// of traffic lights. Clicking a finding selects its span in the editor; "Fix" applies its fix; "Copy
// post" copies the draft; "Start from my notes" puts an outline into the editor.
#pragma once

#include "core/campaign/campaign_check.h"
#include "core/campaign/progress.h"
#include "ui/brief_confirmation.h"
#include "ui/text_editor.h"
#include "ui/ui_context.h"

#include <cstdint>
#include <optional>

namespace cw {

class DraftPanel {
public:
    // Returns true when the draft changed (typed, fixed, replaced by the outline). report_current: the
    // report is of the draft as it is now (not while typing has not paused yet), so its spans can be
    // marked in the text.
    bool draw(const UiContext& ui, Progress& progress, const Report& report, bool report_current);

    // The draft's field edits the draft string itself, not a copy (TextEditor::edit_in_place): the
    // widget names it once, and hands every change made to it from outside the panel (the page's API,
    // a restored state) to take_outside_draft(), which changes it at once as one undoable step.
    void edit_draft_in_place(std::string& draft) { editor_.edit_in_place(draft); }
    void take_outside_draft(std::string_view draft) { editor_.take_outside_text(draft); }

    // Seconds until "Copied" must give way to "Copy post" again (a frame is needed then); < 0: never.
    double seconds_until_wakeup(double now) const { return copied_.seconds_left(now); }
    // The editor still lays out part of a long draft, a slice a frame: the next frame is wanted at once.
    bool laying_out() const { return editor_.laying_out(); }

private:
    bool draw_editor(const UiContext& ui, Progress& progress, const Report& report, bool report_current, float height);
    bool draw_mark_popover(const UiContext& ui, Progress& progress, const Report& report);
    bool draw_actions(const UiContext& ui, Progress& progress, const std::string& counts);
    bool draw_checklist(const UiContext& ui, Progress& progress, const Report& report);
    void select_in_editor(std::size_t start, std::size_t end);

    TextEditor editor_;
    // The finding whose popover is open (its title, message and Fix, by a mark in the text).
    std::optional<std::string> open_mark_;
    ImRect open_mark_rect_;
    std::optional<std::string> dismissed_mark_; // closed by Escape while the mouse is over it
    BriefConfirmation copied_; // "Copy post" reads "Copied" for a moment after it copied
};

} // namespace cw
