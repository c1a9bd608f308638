#include "ui/fonts.h"

#include <imgui.h>

namespace cw {

void load_fonts(FontBytes latin, FontBytes cjk, float size_pixels)
{
    ImGuiIO& io = ImGui::GetIO();

    ImFontConfig latin_config;
    latin_config.FontDataOwnedByAtlas = false; // the bytes are static; the atlas must not free them
    io.Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(latin.data), static_cast<int>(latin.size),
                                   size_pixels, &latin_config);

    // Merged: glyphs the Latin font lacks (Chinese, full-width forms) come from the CJK font. Dear ImGui
    // 1.92 looks glyphs up on demand, so no glyph ranges are needed and the atlas stays small.
    ImFontConfig cjk_config;
    cjk_config.MergeMode = true;
    cjk_config.FontDataOwnedByAtlas = false;
    io.Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(cjk.data), static_cast<int>(cjk.size), size_pixels,
                                   &cjk_config);
}

} // namespace cw
