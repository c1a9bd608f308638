#include "ui/glyphs.h"

#include "core/text_boundaries.h"

#include <imgui_internal.h>

namespace cw {

namespace {
float code_point_advances(ImFontBaked* font, float size, std::string_view text)
{
    const float scale = size / font->Size;
    float width = 0;
    const char* at = text.data();
    const char* const end = text.data() + text.size();
    while (at < end) {
        unsigned int c = 0;
        const int length = ImTextCharFromUtf8(&c, at, end);
        width += font->GetCharAdvance(static_cast<ImWchar>(c)) * scale;
        at += length > 0 ? length : 1;
    }
    return width;
}
} // namespace

float cluster_advance(ImFontBaked* font, float size, std::string_view cluster)
{
    return code_point_advances(font, size, cluster);
}

float text_width(ImFontBaked* font, float size, std::string_view text)
{
    return code_point_advances(font, size, text);
}

void draw_text_clusters(ImDrawList* draw_list, ImFontBaked*, float size, ImVec2 pos, ImU32 colour, std::string_view text)
{
    if (text.empty()) return;
    draw_list->AddText(ImGui::GetFont(), size, pos, colour, text.data(), text.data() + text.size());
}

} // namespace cw
