#include "ui/theme.h"

#include "ui/palette.h"

namespace cw {

namespace {
ImVec4 vec4(const Rgba& colour)
{
    return ImVec4(colour.r, colour.g, colour.b, colour.a);
}
} // namespace

Theme make_theme(bool dark)
{
    const Palette& palette = cw::palette(dark);
    Theme theme;
    theme.dark = dark;
    theme.pass = vec4(palette.pass);
    theme.warn = vec4(palette.warn);
    theme.fail = vec4(palette.fail);
    theme.muted = vec4(palette.text_muted);
    theme.claim = vec4(palette.claim);
    theme.clear = vec4(palette.window);
    return theme;
}

void apply_theme(const Theme& theme)
{
    ImGuiStyle& style = ImGui::GetStyle();
    if (theme.dark) ImGui::StyleColorsDark(&style); else ImGui::StyleColorsLight(&style);
    style.WindowRounding = 0.0f;
    style.FrameRounding = 4.0f;
    style.GrabRounding = 4.0f;
    style.TabRounding = 4.0f;
    style.WindowPadding = ImVec2(12, 10);
    style.FramePadding = ImVec2(8, 5);
    style.ItemSpacing = ImVec2(8, 7);

    // Every colour the widget draws text on or with comes from the palette, where its contrast is
    // tested (tests/unit/palette_test.cpp); the others stay Dear ImGui's.
    const Palette& palette = cw::palette(theme.dark);
    ImVec4* colours = style.Colors;
    colours[ImGuiCol_Text] = vec4(palette.text);
    colours[ImGuiCol_InputTextCursor] = vec4(palette.text);
    colours[ImGuiCol_TextDisabled] = vec4(palette.text_disabled);
    colours[ImGuiCol_TextLink] = vec4(palette.link_hovered);
    // The widget's window is the canvas's clear colour, opaque so the page behind never shows through.
    // The widget does not draw it (NoBackground): the clear does, and a software renderer saves filling
    // every pixel a second time each frame. The mark popover is a window of the same colour.
    colours[ImGuiCol_WindowBg] = vec4(palette.window);
    colours[ImGuiCol_TitleBg] = vec4(palette.title);
    colours[ImGuiCol_TitleBgActive] = vec4(palette.title_active);
    colours[ImGuiCol_FrameBg] = vec4(palette.frame);
    colours[ImGuiCol_FrameBgHovered] = vec4(palette.frame_hovered);
    colours[ImGuiCol_FrameBgActive] = vec4(palette.frame_active);
    colours[ImGuiCol_Button] = vec4(palette.button);
    colours[ImGuiCol_ButtonHovered] = vec4(palette.button_hovered);
    colours[ImGuiCol_ButtonActive] = vec4(palette.button_active);
    colours[ImGuiCol_HeaderHovered] = vec4(palette.header_hovered);
    colours[ImGuiCol_HeaderActive] = vec4(palette.header_active);
    colours[ImGuiCol_Tab] = vec4(palette.tab);
    colours[ImGuiCol_TabHovered] = vec4(palette.tab_hovered);
    colours[ImGuiCol_TabSelected] = vec4(palette.tab_selected);
    colours[ImGuiCol_TabDimmed] = vec4(palette.tab_dimmed);
    colours[ImGuiCol_TabDimmedSelected] = vec4(palette.tab_dimmed_selected);
    colours[ImGuiCol_PopupBg] = vec4(palette.popup);
    colours[ImGuiCol_TextSelectedBg] = vec4(palette.text_selected);
    colours[ImGuiCol_CheckMark] = vec4(palette.check_mark);
    colours[ImGuiCol_PlotLines] = vec4(palette.plot_lines);
    // The keyboard's focus ring (Dear ImGui draws it 2 px wide, 3 px around the control, and never
    // animates it): opaque, and at least 3:1 against the background in either theme, where Dear ImGui's
    // default is a translucent light blue.
    colours[ImGuiCol_NavCursor] = vec4(palette.nav_cursor);
}

} // namespace cw
