// The widget's font: every glyph drawn by the platform's own fonts (glyph_rasterizer.h) on demand, at
// the size and density Dear ImGui asks for, so every character the device can show is drawn and no font
// travels in the module. A character no font has is drawn as a box and counted (missing_glyph_count).
//
// Grapheme clusters of several code points (an emoji ZWJ family, a skin tone, a flag, a keycap) are
// drawn as one picture: glyph_for_cluster gives each such cluster a code point of its own from the
// Supplementary Private Use Area-A, which the font draws as the whole cluster. Dear ImGui then measures
// and draws it as one glyph (the build has IMGUI_USE_WCHAR32).
#pragma once

#include "ui/glyph_rasterizer.h"

#include <imgui.h>

#include <string_view>

namespace cw {

// Adds the font, drawn by rasterizer, with lines size_pixels high (in CSS pixels: Dear ImGui asks for
// glyphs at the display's density). The rasterizer must outlive the ImGui context.
void load_fonts(GlyphRasterizer& rasterizer, float size_pixels);

// The glyph that draws a grapheme cluster (given as its UTF-8 bytes, text_boundaries.h next_cluster):
// the code point itself for a one-code-point cluster, a private-use code point that stands for the whole
// cluster otherwise. The same cluster always gets the same glyph.
ImWchar glyph_for_cluster(std::string_view cluster);

// The advance of a cluster in the current font at the current size: a text_layout.h MeasureAdvance.
float cluster_advance(std::string_view cluster);

// Draws a cluster with its top-left at pos in the current font and size; returns its advance.
float draw_cluster(ImDrawList* draw_list, ImVec2 pos, ImU32 colour, std::string_view cluster);

// Distinct code points drawn since start for which no font had a glyph (drawn as boxes).
int missing_glyph_count();

// Glyphs drawn by the rasterizer since start, and the time that took (for benchmarks).
struct GlyphStats {
    int rasterized = 0;
    double milliseconds = 0;
};
GlyphStats glyph_stats();

} // namespace cw
