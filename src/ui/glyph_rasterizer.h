// Where the widget's glyphs come from: the platform draws text with its own fonts (in the browser, the
// page's font stack through Canvas 2D: system UI, CJK and colour emoji fonts), one glyph at a time, as
// Dear ImGui asks for it (ui/fonts.h). The UI never knows which font drew a glyph.
#pragma once

#include <string_view>
#include <vector>

namespace cw {

// Vertical metrics of the font stack's first font, per pixel of em size.
struct LineMetrics {
    float ascent = 0.8f;  // above the baseline
    float descent = 0.2f; // below the baseline, positive
};

// One glyph as the platform drew it, in device pixels.
struct GlyphPicture {
    float advance = 0;   // where the next glyph starts, from this one's pen position
    float left = 0;      // the picture's left edge, from the pen position
    float top = 0;       // the picture's top edge, from the baseline (negative: above it)
    int width = 0;       // 0 when nothing is drawn (a space)
    int height = 0;
    bool coloured = false; // its own colours (an emoji), not tinted with the text colour
    bool missing = false;  // no font of the stack has it: the picture is empty, the caller draws a box
    std::vector<unsigned char> rgba; // width * height RGBA pixels, not premultiplied; white for plain text
};

class GlyphRasterizer {
public:
    virtual ~GlyphRasterizer() = default;

    virtual LineMetrics line_metrics() = 0;
    // text: one grapheme cluster's UTF-8 bytes (mostly one code point), drawn as one picture.
    virtual GlyphPicture rasterize(std::string_view text, float em_pixels) = 0;
    // Only the advance (Dear ImGui asks for it alone at very large sizes).
    virtual float advance(std::string_view text, float em_pixels) = 0;
};

} // namespace cw
