// Where lines break in text that mixes Chinese and English, for the panels' static text.
//
// Dear ImGui wraps only at blanks and after a few marks, so a run of Chinese, which has no spaces, moves
// to the next line whole and leaves the line before it half empty. Here lines follow the editor's layout
// (core/text/text_layout.h, measured with the current font): a line may also break between any two Chinese
// characters, and between Chinese and Latin text, except before closing punctuation (，。）」) and after
// opening punctuation (（「), as Chinese typesetting does. Latin words still break only at blanks and
// after "/" or "-", or anywhere when one word is wider than the whole line.
#pragma once

#include <string_view>
#include <vector>

namespace cw {

struct WrappedLine {
    std::string_view text; // without the blanks at the break
    float width = 0;       // in pixels, in the font it was measured with
};

// The lines of text wrapped at width pixels in the current font and size. A '\n' always ends a line
// (a final one adds no empty line); an empty text is one empty line; blanks at a wrap are left out.
std::vector<WrappedLine> wrap_text(std::string_view text, float width);

} // namespace cw
