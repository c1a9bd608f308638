#include "ui/typography.h"

#include "ui/line_breaking.h"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <string>

namespace cw {

namespace {
constexpr float kHeadingScale = 1.25f;
constexpr float kTooltipWidthInEms = 22.0f;
} // namespace

void text_wrapped(std::string_view text)
{
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    if (window->SkipItems) return;
    const std::vector<WrappedLine> lines = wrap_text(text, std::max(ImGui::GetContentRegionAvail().x, 1.0f));
    const float line_height = ImGui::GetTextLineHeight();
    float width = 0;
    for (const WrappedLine& line : lines) width = std::max(width, line.width);
    // Like Dear ImGui's own text: beside a framed item (SameLine), the text lines up with the item's label.
    const ImVec2 position(window->DC.CursorPos.x, window->DC.CursorPos.y + window->DC.CurrLineTextBaseOffset);
    const ImVec2 size(std::ceil(width), line_height * static_cast<float>(lines.size()));
    const ImRect box(position, ImVec2(position.x + size.x, position.y + size.y));
    ImGui::ItemSize(size, 0.0f);
    if (!ImGui::ItemAdd(box, 0)) return; // scrolled out of view
    const ImU32 colour = ImGui::GetColorU32(ImGuiCol_Text);
    float y = position.y;
    for (const WrappedLine& line : lines) {
        window->DrawList->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(position.x, y), colour,
                                  line.text.data(), line.text.data() + line.text.size());
        y += line_height;
    }
}

void wrapped_text(std::string_view text, const ImVec4& colour)
{
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    text_wrapped(text);
    ImGui::PopStyleColor();
}

void heading(std::string_view text)
{
    ImGui::PushFont(nullptr, ImGui::GetStyle().FontSizeBase * kHeadingScale);
    text_wrapped(text);
    ImGui::PopFont();
}

void tooltip_for_last_item(std::string_view text)
{
    if (!ImGui::IsItemHovered()) return;
    ImGui::BeginTooltip();
    // Never wider than the widget: on a phone the tooltip would otherwise run off the screen.
    const float width = std::min(ImGui::GetFontSize() * kTooltipWidthInEms, ImGui::GetMainViewport()->WorkSize.x * 0.8f);
    const std::vector<WrappedLine> lines = wrap_text(text, width);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, 0.0f));
    for (const WrappedLine& line : lines) ImGui::TextUnformatted(line.text.data(), line.text.data() + line.text.size());
    ImGui::PopStyleVar();
    ImGui::EndTooltip();
}

void numbered_line(int number, std::string_view text)
{
    const std::string label = std::to_string(number) + ".";
    // The numbers of a list line up whether they have one digit or two.
    const float number_width = ImGui::CalcTextSize("00.").x;
    const float start_x = ImGui::GetCursorPosX();
    ImGui::TextUnformatted(label.c_str());
    ImGui::SameLine(start_x + number_width + ImGui::GetStyle().ItemInnerSpacing.x);
    text_wrapped(text);
}

} // namespace cw
