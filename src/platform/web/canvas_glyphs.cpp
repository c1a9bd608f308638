#include "platform/web/canvas_glyphs.h"

#include <cmath>

extern "C" {
// js/canvas_glyphs.js
int cw_canvas_glyphs_create();
void cw_canvas_glyphs_line_metrics(float* out);
float cw_canvas_glyphs_advance(const char* text, int length, float em);
void cw_canvas_glyphs_draw(const char* text, int length, float em, float* out);
void cw_canvas_glyphs_copy_pixels(unsigned char* destination);
}

namespace cw::web {

bool CanvasGlyphs::create()
{
    return cw_canvas_glyphs_create() != 0;
}

LineMetrics CanvasGlyphs::line_metrics()
{
    float values[2] = {LineMetrics{}.ascent, LineMetrics{}.descent};
    cw_canvas_glyphs_line_metrics(values);
    return {values[0], values[1]};
}

GlyphPicture CanvasGlyphs::rasterize(std::string_view text, float em_pixels)
{
    float values[7] = {};
    cw_canvas_glyphs_draw(text.data(), static_cast<int>(text.size()), em_pixels, values);
    GlyphPicture picture;
    picture.advance = values[0];
    picture.left = values[1];
    picture.top = values[2];
    picture.coloured = values[5] != 0;
    picture.missing = values[6] != 0;
    if (picture.missing) return picture; // the caller draws its box
    picture.width = static_cast<int>(values[3]);
    picture.height = static_cast<int>(values[4]);
    picture.rgba.resize(static_cast<std::size_t>(picture.width) * static_cast<std::size_t>(picture.height) * 4);
    if (!picture.rgba.empty()) cw_canvas_glyphs_copy_pixels(picture.rgba.data());
    return picture;
}

float CanvasGlyphs::advance(std::string_view text, float em_pixels)
{
    return cw_canvas_glyphs_advance(text.data(), static_cast<int>(text.size()), em_pixels);
}

} // namespace cw::web
