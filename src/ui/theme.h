// Light and dark looks, and the colours that carry meaning: the traffic lights and the marks for the
// announcement's claims. The widget follows the system's light or dark setting. The colours themselves
// are the palette's (ui/palette.h), where their contrast is tested.
#pragma once

#include <imgui.h>

namespace cw {

struct Theme {
    bool dark = true;
    ImVec4 pass;      // green light
    ImVec4 warn;      // amber light
    ImVec4 fail;      // red light
    ImVec4 muted;     // secondary text: sources, dates, hints
    ImVec4 claim;     // "announcement's claim" marks
    ImVec4 clear;     // the canvas behind the window
};

Theme make_theme(bool dark);

// Applies the theme to Dear ImGui's style (colours, rounding, spacing).
void apply_theme(const Theme& theme);

} // namespace cw
