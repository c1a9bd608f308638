// Motion in the widget, and how it stops for a person who asks for less (the system's "reduce motion":
// prefers-reduced-motion in a browser).
//
// Of what Dear ImGui 1.92.2b animates, the widget shows one thing: a tab bar too narrow for its tabs
// (a widget under about 225 px wide, in English) scrolls, and slides to the tab selected or reached by
// the keyboard over up to 0.3 s. Everything else is immediate: scrolling (the wheel, SetScrollY, the
// keyboard's navigation, the editor keeping its caret in view), the focus ring (never animated), the
// caret (it does not blink: io.ConfigInputTextCursorBlink), tooltips (shown at once, no delay, no
// fade), "Copied" and "Saved" (a label that changes and changes back, no fade); no modal window dims
// the page, and no window switcher (Ctrl+Tab) fades in.
#pragma once

namespace cw {

// Call right before ImGui::BeginTabBar(str_id), in the same window: the tab bar's slide ends in this
// very frame, where it would take up to 0.3 s.
void end_tab_bar_slide_at_once(const char* str_id);

// Between BeginTabBar and EndTabBar, after the first tab: whether the tab bar is still sliding towards
// a tab, and frames must go on until it arrives.
bool current_tab_bar_sliding();

} // namespace cw
