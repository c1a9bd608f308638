#include "ui/open_link.h"

#include "ui/line_breaking.h"
#include "ui/typography.h"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace cw {

bool open_link(const char* url)
{
    ImGuiPlatformIO& platform = ImGui::GetPlatformIO();
    return platform.Platform_OpenInShellFn != nullptr && platform.Platform_OpenInShellFn(ImGui::GetCurrentContext(), url);
}

bool wrapped_link(std::string_view label, const char* url, const ImVec4& colour)
{
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    if (window->SkipItems) return false;
    const ImGuiID id = window->GetID(label.data(), label.data() + label.size());
    const std::vector<WrappedLine> lines = wrap_text(label, std::max(ImGui::GetContentRegionAvail().x, 1.0f));
    const float line_height = ImGui::GetTextLineHeight();
    float width = 0;
    for (const WrappedLine& line : lines) width = std::max(width, line.width);
    const ImVec2 position = window->DC.CursorPos;
    const ImVec2 size(std::ceil(width), line_height * static_cast<float>(lines.size()));
    const ImRect box(position, ImVec2(position.x + size.x, position.y + size.y));
    ImGui::ItemSize(size, 0.0f);
    if (!ImGui::ItemAdd(box, id)) return false;

    bool hovered = false;
    bool held = false;
    const bool pressed = ImGui::ButtonBehavior(box, id, &hovered, &held);
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    ImGui::RenderNavCursor(box, id); // the keyboard's focus ring, as on Dear ImGui's own TextLink
    const ImU32 text_colour = ImGui::GetColorU32(hovered ? ImGui::GetStyleColorVec4(ImGuiCol_TextLink) : colour);
    // Every line underlined, as a browser underlines a wrapped link; where Dear ImGui's TextLink puts it.
    const float underline_offset = line_height - 1.0f;
    float y = position.y;
    for (const WrappedLine& line : lines) {
        window->DrawList->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(position.x, y), text_colour,
                                  line.text.data(), line.text.data() + line.text.size());
        window->DrawList->AddLine(ImVec2(position.x, y + underline_offset),
                                  ImVec2(position.x + line.width, y + underline_offset), text_colour);
        y += line_height;
    }

    tooltip_for_last_item(url);
    if (pressed) open_link(url);
    return pressed;
}

} // namespace cw
