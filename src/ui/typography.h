// How the panels set text beyond Dear ImGui's one size: wrapped text that breaks Chinese lines where
// Chinese readers expect (line_breaking.h), headings, tooltips that wrap, numbered lines with a hanging
// indent. Everything wraps at the panel's edge: the widget must read well from a 360 px phone to a
// 1200 px page, with no horizontal scrolling.
#pragma once

#include <imgui.h>

#include <string_view>

namespace cw {

// Text wrapped at the right edge of the panel, in the current text colour, as one item (so it can be
// hovered and named).
void text_wrapped(std::string_view text);

// The same in one colour (muted hints, the estimator's caveat).
void wrapped_text(std::string_view text, const ImVec4& colour);

// A heading: the text font a size larger, wrapped.
void heading(std::string_view text);

// A tooltip for the last item while it is hovered, wrapped to a readable width. Shown at once, not after
// Dear ImGui's hover delay: frames are drawn only on input, so a delayed tooltip would wait for the
// mouse to move again.
void tooltip_for_last_item(std::string_view text);

// "3." and the text beside it, the text's wrapped lines aligned under its first line.
void numbered_line(int number, std::string_view text);

} // namespace cw
