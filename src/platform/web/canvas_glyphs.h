// Glyphs drawn by the browser's own fonts through Canvas 2D (js/canvas_glyphs.js): the page's font stack
// (system UI font, the platform's CJK fonts, its colour emoji font), so every character the device can
// show is drawn, and no font travels in the module.
#pragma once

#include "ui/glyph_rasterizer.h"

namespace cw::web {

class CanvasGlyphs final : public GlyphRasterizer {
public:
    // False when the browser gives no Canvas 2D context: nothing can be drawn (the widget then shows
    // its plain-HTML view, which the browser draws itself).
    bool create();

    LineMetrics line_metrics() override;
    GlyphPicture rasterize(std::string_view text, float em_pixels) override;
    float advance(std::string_view text, float em_pixels) override;
};

} // namespace cw::web
