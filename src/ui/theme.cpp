#include "ui/theme.h"

namespace cw {

Theme make_theme(bool dark)
{
    Theme theme;
    theme.dark = dark;
    if (dark) {
        theme.pass = ImVec4(0.36f, 0.80f, 0.45f, 1.0f);
        theme.warn = ImVec4(0.96f, 0.72f, 0.26f, 1.0f);
        theme.fail = ImVec4(0.96f, 0.40f, 0.36f, 1.0f);
        theme.muted = ImVec4(0.62f, 0.64f, 0.68f, 1.0f);
        theme.claim = ImVec4(0.98f, 0.66f, 0.30f, 1.0f);
        theme.clear = ImVec4(0.11f, 0.12f, 0.14f, 1.0f);
    } else {
        theme.pass = ImVec4(0.10f, 0.55f, 0.22f, 1.0f);
        theme.warn = ImVec4(0.70f, 0.45f, 0.00f, 1.0f);
        theme.fail = ImVec4(0.78f, 0.16f, 0.14f, 1.0f);
        theme.muted = ImVec4(0.38f, 0.40f, 0.44f, 1.0f);
        theme.claim = ImVec4(0.72f, 0.38f, 0.00f, 1.0f);
        theme.clear = ImVec4(0.94f, 0.95f, 0.96f, 1.0f);
    }
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
    // The widget's window is the canvas's clear colour, opaque so the page behind never shows through.
    // The widget does not draw it (NoBackground): the clear does, and a software renderer saves filling
    // every pixel a second time each frame.
    style.Colors[ImGuiCol_WindowBg] = theme.clear;
    // The keyboard's focus ring (Dear ImGui draws it 2 px wide, 3 px around the control, and never
    // animates it): opaque, and at least 3:1 against the background and the controls in either theme,
    // where Dear ImGui's default is a translucent light blue.
    style.Colors[ImGuiCol_NavCursor] = theme.dark ? ImVec4(0.55f, 0.78f, 1.00f, 1.0f) : ImVec4(0.00f, 0.30f, 0.80f, 1.0f);
}

} // namespace cw
