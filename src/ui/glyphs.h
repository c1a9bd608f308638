// Text measured and drawn by grapheme cluster (core/text_boundaries.h), the unit the editor lays out:
// an emoji ZWJ sequence, a flag or a letter with its marks is one picture, so it is measured as one.
// Where the font has no single glyph for a cluster, its code points are measured and drawn one by one.
#pragma once

#include <imgui.h>

#include <string_view>

namespace cw {

// The advance of one cluster (its UTF-8 bytes) at size pixels in the current font.
float cluster_advance(ImFontBaked* font, float size, std::string_view cluster);

// The width of text without line breaks, cluster by cluster.
float text_width(ImFontBaked* font, float size, std::string_view text);

// Draws text without line breaks from pos (the top-left of its line), cluster by cluster.
void draw_text_clusters(ImDrawList* draw_list, ImFontBaked* font, float size, ImVec2 pos, ImU32 colour,
                        std::string_view text);

} // namespace cw
