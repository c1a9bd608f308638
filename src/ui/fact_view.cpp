#include "ui/fact_view.h"

#include "ui/open_link.h"
#include "ui/typography.h"

#include <string>

namespace cw {

void draw_claim_mark(const UiContext& ui)
{
    const char* label = ui.tr("claim.label");
    const ImVec2 padding(ImGui::GetFontSize() * 0.3f, 1.0f);
    const ImVec2 text_size = ImGui::CalcTextSize(label);
    const ImVec2 size(text_size.x + padding.x * 2, text_size.y + padding.y * 2);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::Dummy(size);
    ImDrawList* draw_list = ImGui::GetWindowDrawList();
    const ImU32 colour = ImGui::GetColorU32(ui.theme.claim);
    draw_list->AddRect(at, ImVec2(at.x + size.x, at.y + size.y), colour, 3.0f);
    draw_list->AddText(ImVec2(at.x + padding.x, at.y + padding.y), colour, label);
    tooltip_for_last_item(ui.tr("claim.tooltip"));
}

void draw_source(const UiContext& ui, const std::string& label, const std::string& url, std::string_view test_id)
{
    // Many facts cite the same source with the same label; the test id, unique in a frame, tells them
    // apart (two links of one ID would steal each other's clicks).
    ImGui::PushID(test_id.data(), test_id.data() + test_id.size());
    wrapped_link(label, url.c_str(), ui.theme.muted);
    ImGui::PopID();
    ui.declare_item(test_id, {.role = Role::link, .name = label, .href = url});
}

void draw_fact(const UiContext& ui, const FactContent& fact, std::string_view source_test_id)
{
    ImGui::Bullet();
    ImGui::SameLine();
    // The text, its mark and its source hang under the bullet, aligned with the text's first line.
    ImGui::BeginGroup();
    // A list item: the fact's text (with "announcement's claim" when it is one), then its source link.
    const std::string item_key = std::string(source_test_id) + ":fact";
    ui.begin_group({.key = item_key, .role = Role::listitem});
    text_wrapped(fact.text);
    ui.declare_item(item_key + ":text", {.role = Role::text, .name = fact.text});
    if (fact.claim) {
        draw_claim_mark(ui);
        ui.declare_item(item_key + ":claim", {.role = Role::text, .name = ui.tr("claim.label")});
    }
    draw_source(ui, fact.source_label, fact.source_url, source_test_id);
    ui.end_group();
    ImGui::EndGroup();
    ImGui::Spacing();
}

} // namespace cw
