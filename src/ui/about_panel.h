// "About" in the header: a button that opens a small panel with the widget's version, where the campaign
// comes from (its announcement and its file), the licence and the third-party notices. To assistive
// technology the panel is a dialog; it follows the WAI-ARIA disclosure of a button and what it shows:
// a tap, a click, Enter or Space opens it; Escape, its Close button or a tap outside closes it, and the
// keyboard's focus goes back to the button.
#pragma once

#include "ui/ui_context.h"

#include <string>
#include <string_view>

namespace cw {

class AboutPanel {
public:
    // Draws the About button where the cursor is (at least 24 × 24 px, in the Tab order) and, while it is
    // open, the panel under it. campaign_file: where the campaign was loaded from, "" for the built-in
    // one, "#id" for one carried in the page (the offline file).
    void draw(const UiContext& ui, std::string_view version, std::string_view campaign_file);

private:
    void draw_panel(const UiContext& ui, std::string_view version, std::string_view campaign_file, const ImRect& button);
};

} // namespace cw
