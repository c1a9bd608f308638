// The widget's colours in the light and the dark theme, as plain values (no Dear ImGui): theme.cpp
// hands them to Dear ImGui's style, and the unit tests measure every pair of them the widget draws one
// on the other (drawn_colour_pairs) against WCAG's contrast minimums. A colour the widget draws with
// belongs here, and a new way of drawing one colour on another belongs in drawn_colour_pairs.
#pragma once

#include "core/accessibility/contrast.h"

#include <string>
#include <vector>

namespace cw {

struct Palette {
    // Text, and the marks drawn in the text's colours.
    Rgba text;          // Dear ImGui's Text: most text, and the editor's caret
    Rgba text_muted;    // secondary text: sources (as links), dates, hints, counts, the plot's axes
    Rgba text_disabled; // Dear ImGui's TextDisabled: quiet labels ("About"); not for disabled controls
    Rgba pass;          // green: a passing check's light, "ready", the readiness bar when ready
    Rgba warn;          // amber: a warning's light and mark, notices, the estimate's caveat
    Rgba fail;          // red: a failing check's light and mark, a refused number
    Rgba claim;         // the "announcement's claim" mark: its label and frame
    Rgba link_hovered;  // Dear ImGui's TextLink: a link under the mouse (links are text_muted otherwise)

    // What text is drawn on. Some are translucent, as Dear ImGui's own: drawn_colour_pairs composites
    // them over what lies under them.
    Rgba window;        // the canvas's clear colour: behind everything, and the mark popover's background
    Rgba title;         // the window's title bar, unfocused and focused
    Rgba title_active;
    Rgba frame;         // fields: the editors, the estimator's numbers, a pool's tag, the bars, the plot
    Rgba frame_hovered;
    Rgba frame_active;
    Rgba button;        // buttons; the current language's button is button_active
    Rgba button_hovered;
    Rgba button_active;
    Rgba header_hovered; // a finding's row (a Selectable) under the mouse, and pressed
    Rgba header_active;
    Rgba tab;           // the tab bar's tabs; "dimmed" when the widget's window is not focused
    Rgba tab_hovered;
    Rgba tab_selected;
    Rgba tab_dimmed;
    Rgba tab_dimmed_selected;
    Rgba popup;         // tooltips
    Rgba text_selected; // the editor's selection, behind the selected text

    // Graphics that are not text (3:1).
    Rgba check_mark;    // a ticked checkbox
    Rgba plot_lines;    // the estimate's curve
    Rgba nav_cursor;    // the keyboard's focus ring
};

const Palette& light_palette();
const Palette& dark_palette();
inline const Palette& palette(bool dark) { return dark ? dark_palette() : light_palette(); }

// One colour drawn on another, as the widget draws it: the foreground (opaque), the background as seen
// (translucent layers composited onto the window), and the contrast it needs (kTextContrast for text,
// kNonTextContrast for rings, lights and marks).
struct ColourPair {
    std::string what;
    Rgba foreground;
    Rgba background;
    double minimum = kTextContrast;
};

std::vector<ColourPair> drawn_colour_pairs(const Palette& palette);

} // namespace cw
