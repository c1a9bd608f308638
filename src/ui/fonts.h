// The widget's fonts: a Latin face with a CJK face merged into it, both loaded from memory.
#pragma once

#include <cstddef>

namespace cw {

struct FontBytes {
    const unsigned char* data;
    std::size_t size;
};

// Adds the Latin font and merges the CJK font into it, at size_pixels (in CSS pixels: Dear ImGui
// rasterizes glyphs on demand at the display's density). The bytes must outlive the ImGui context.
void load_fonts(FontBytes latin, FontBytes cjk, float size_pixels);

} // namespace cw
