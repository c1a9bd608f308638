#include "ui/about_panel.h"

#include "core/i18n/translations.h"
#include "ui/fact_view.h"
#include "ui/typography.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <string>

namespace cw {

namespace {
constexpr float kMinimumTarget = 24.0f; // CSS px, WCAG 2.5.8's minimum target size
constexpr float kPanelWidth = 380.0f;   // readable lines; narrower on a phone, with a margin each side
constexpr float kMargin = 8.0f;
constexpr const char* kPopupId = "about-panel";
} // namespace

void AboutPanel::draw(const UiContext& ui, std::string_view version, std::string_view campaign_file)
{
    const char* label = ui.tr("about.title");
    const ImGuiStyle& style = ImGui::GetStyle();
    const ImVec2 size(std::max(kMinimumTarget, ImGui::CalcTextSize(label).x + style.FramePadding.x * 2),
                      std::max(kMinimumTarget, ImGui::GetFrameHeight()));
    // "###about": one identity in every language, so the panel stays open across a language switch.
    if (ImGui::Button((std::string(label) + "###about").c_str(), size)) ImGui::OpenPopup(kPopupId);
    ui.declare_item("about", {.role = Role::button, .name = label});
    const ImRect button(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    draw_panel(ui, version, campaign_file, button);
}

void AboutPanel::draw_panel(const UiContext& ui, std::string_view version, std::string_view campaign_file,
                            const ImRect& button)
{
    // Under the button, its right edge at the button's where it fits, always inside the widget.
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const float width = std::min(kPanelWidth, viewport->WorkSize.x - kMargin * 2);
    const float x = std::clamp(button.Max.x - width, viewport->WorkPos.x + kMargin,
                               viewport->WorkPos.x + viewport->WorkSize.x - kMargin - width);
    ImGui::SetNextWindowPos(ImVec2(x, button.Max.y + ImGui::GetStyle().ItemSpacing.y));
    ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0.0f), ImVec2(width, viewport->WorkSize.y * 0.8f));
    // Dear ImGui's popup: closed by Escape (the keyboard's focus then goes back to the button, the last
    // control focused in the widget's window) and by a click or a tap anywhere outside it.
    // On the window's own opaque colour, as the mark popover: the panels must not show through its text,
    // and every colour the widget draws text in is measured against that one (palette.h).
    ImGui::PushStyleColor(ImGuiCol_PopupBg, ImGui::GetStyleColorVec4(ImGuiCol_WindowBg));
    const bool open = ImGui::BeginPopup(kPopupId, ImGuiWindowFlags_AlwaysAutoResize);
    ImGui::PopStyleColor();
    if (!open) return;
    ui.name_rect(kPopupId, ImGui::GetCurrentWindow()->Rect());
    ui.begin_group({.key = kPopupId, .role = Role::dialog, .name = ui.tr("about.title")});

    const auto line = [&](const std::string& key, const std::string& text, const ImVec4& colour) {
        wrapped_text(text, colour);
        ui.declare_item(key, {.role = Role::text, .name = text});
    };
    const ImVec4 text_colour = ImGui::GetStyleColorVec4(ImGuiCol_Text);
    heading(ui.tr("about.title"));
    ui.declare_item("about-heading", {.role = Role::heading, .name = ui.tr("about.title"), .level = 2});
    line("about-version", fill(ui.tr("about.version"), {std::string(version)}), text_colour);
    line("about-licence", ui.tr("about.licence"), text_colour);

    ImGui::SeparatorText(ui.tr("about.campaign-heading"));
    ui.declare_item("about-campaign-heading", {.role = Role::heading, .name = ui.tr("about.campaign-heading"), .level = 3});
    line("about-campaign", ui.text(ui.campaign.title), text_colour);
    if (const std::optional<Source>& source = ui.campaign.announcement) {
        draw_source(ui, source_label(*source, ui.language), source->url, "about-source");
    }
    const std::string file = campaign_file.empty()        ? std::string(ui.tr("about.campaign-builtin"))
                             : campaign_file.front() == '#' ? std::string(ui.tr("about.campaign-carried"))
                                                            : fill(ui.tr("about.campaign-file"), {std::string(campaign_file)});
    line("about-campaign-file", file, ui.theme.muted);

    ImGui::SeparatorText(ui.tr("about.notices"));
    ui.declare_item("about-notices-heading", {.role = Role::heading, .name = ui.tr("about.notices"), .level = 3});
    line("about-imgui", ui.tr("about.imgui"), ui.theme.muted);
    line("about-opencc", ui.tr("about.opencc"), ui.theme.muted);

    ImGui::Spacing();
    if (ImGui::Button(ui.tr("about.close"), ImVec2(0.0f, std::max(kMinimumTarget, ImGui::GetFrameHeight())))) {
        ImGui::CloseCurrentPopup();
    }
    ui.declare_item("about-close", {.role = Role::button, .name = ui.tr("about.close")});
    ui.end_group();
    ImGui::EndPopup();
}

} // namespace cw
