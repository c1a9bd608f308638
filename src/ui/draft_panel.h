// The draft: a multi-line editor and, beside it (below it on a narrow widget), the report as a checklist
// of traffic lights. Clicking a finding selects its span in the editor; "Fix" applies its fix; "Copy
// post" copies the draft; "Start from my notes" puts an outline into the editor.
#pragma once

#include "core/check.h"
#include "core/progress.h"
#include "ui/brief_confirmation.h"
#include "ui/ui_context.h"

#include <optional>

namespace cw {

class DraftPanel {
public:
    // Returns true when the draft changed (typed, fixed, replaced by the outline).
    bool draw(const UiContext& ui, Progress& progress, const Report& report);

    // The draft was replaced from outside the editor (the page's API, a restored state): the editor,
    // which keeps its own copy while active, takes the new text next frame.
    void reload_draft() { reload_pending_ = true; }

    // Seconds until "Copied" must give way to "Copy post" again (a frame is needed then); < 0: never.
    double seconds_until_wakeup(double now) const { return copied_.seconds_left(now); }

private:
    bool draw_editor(const UiContext& ui, Progress& progress, float height);
    bool draw_actions(const UiContext& ui, Progress& progress, const Report& report);
    bool draw_checklist(const UiContext& ui, Progress& progress, const Report& report);
    void select_in_editor(std::size_t start, std::size_t end);

    bool reload_pending_ = false;
    BriefConfirmation copied_; // "Copy post" reads "Copied" for a moment after it copied
    struct Selection {
        std::size_t start;
        std::size_t end;
    };
    std::optional<Selection> pending_selection_;
};

} // namespace cw
