#include "ui/palette.h"

namespace cw {

namespace {
// As Dear ImGui's ImLerp on colours: the style derives its tab colours so.
Rgba lerp(const Rgba& from, const Rgba& to, float t)
{
    return {from.r + (to.r - from.r) * t, from.g + (to.g - from.g) * t, from.b + (to.b - from.b) * t,
            from.a + (to.a - from.a) * t};
}

// Dear ImGui's blue, at the strength each of its styles' surfaces uses it.
constexpr Rgba accent(float alpha)
{
    return {0.26f, 0.59f, 0.98f, alpha};
}

// What both styles share: the fields' and the plain button's blue, the selection's, and the tabs as Dear
// ImGui derives them from the header and title colours (`tab_weight`: how much of the title they take).
void derive_shared(Palette& p, float tab_weight)
{
    p.frame_hovered = accent(0.40f);
    p.frame_active = accent(0.67f);
    p.button = accent(0.40f);
    p.text_selected = accent(0.35f);
    p.tab = lerp(accent(0.31f), p.title_active, tab_weight);
    p.tab_hovered = p.header_hovered;
    p.tab_selected = lerp(accent(1.00f), p.title_active, 0.60f);
    p.tab_dimmed = lerp(p.tab, p.title, 0.80f);
    p.tab_dimmed_selected = lerp(p.tab_selected, p.title, 0.40f);
}

// Where a value is Dear ImGui 1.92's own (StyleColorsDark, StyleColorsLight), it says so.
Palette make_dark()
{
    Palette p;
    p.text = {1.00f, 1.00f, 1.00f};          // Dear ImGui's
    p.text_muted = {0.62f, 0.64f, 0.68f};
    p.text_disabled = {0.55f, 0.55f, 0.55f}; // Dear ImGui's 0.50 reached 4.2:1
    p.pass = {0.36f, 0.80f, 0.45f};
    p.warn = {0.96f, 0.72f, 0.26f};
    p.fail = {0.96f, 0.40f, 0.36f};
    p.claim = {0.98f, 0.66f, 0.30f};
    p.link_hovered = {0.26f, 0.59f, 0.98f};  // Dear ImGui's

    p.window = {0.11f, 0.12f, 0.14f};
    // The rest as Dear ImGui's dark style has them, but for the surfaces under white text that were
    // too light for it: the same blues, darker (3.0 to 4.1:1 before, now 5.4 to 6.1:1: thin CJK
    // strokes, as on the language buttons, never reach full white, and are drawn some 10 % under).
    p.title = {0.04f, 0.04f, 0.04f};
    p.title_active = {0.16f, 0.29f, 0.48f};
    p.frame = {0.16f, 0.29f, 0.48f, 0.54f};
    p.button_hovered = {0.02f, 0.40f, 0.85f, 1.00f}; // was 0.26, 0.59, 0.98
    p.button_active = {0.02f, 0.38f, 0.73f, 1.00f};  // was 0.06, 0.53, 0.98
    p.header_hovered = {0.07f, 0.48f, 0.97f, 0.80f}; // was 0.26, 0.59, 0.98
    p.header_active = {0.02f, 0.38f, 0.81f, 1.00f};  // was 0.26, 0.59, 0.98
    derive_shared(p, 0.80f); // the selected tab Dear ImGui's, 5.6:1
    p.popup = {0.08f, 0.08f, 0.08f, 0.94f};

    p.check_mark = {0.26f, 0.59f, 0.98f};
    p.plot_lines = {0.61f, 0.61f, 0.61f};
    p.nav_cursor = {0.55f, 0.78f, 1.00f};
    return p;
}

Palette make_light()
{
    Palette p;
    p.text = {0.00f, 0.00f, 0.00f};          // Dear ImGui's
    p.text_muted = {0.38f, 0.40f, 0.44f};
    p.text_disabled = {0.42f, 0.42f, 0.42f}; // Dear ImGui's 0.60 reached 2.5:1
    p.pass = {0.09f, 0.48f, 0.19f}; // the same hues a little darker, for 4.5:1 on the window
    p.warn = {0.58f, 0.37f, 0.00f};
    p.fail = {0.78f, 0.16f, 0.14f};
    p.claim = {0.63f, 0.33f, 0.00f};
    p.link_hovered = {0.02f, 0.40f, 0.84f};  // Dear ImGui's blue, darker: it reached 2.7:1

    p.window = {0.94f, 0.95f, 0.96f};
    // The rest as Dear ImGui's light style has them.
    p.title = {0.96f, 0.96f, 0.96f};
    p.title_active = {0.82f, 0.82f, 0.82f};
    p.frame = {1.00f, 1.00f, 1.00f};
    p.button_hovered = accent(1.00f);
    p.button_active = {0.06f, 0.53f, 0.98f, 1.00f};
    p.header_hovered = accent(0.80f);
    p.header_active = accent(1.00f);
    derive_shared(p, 0.90f);
    p.popup = {1.00f, 1.00f, 1.00f, 0.98f};

    p.check_mark = {0.21f, 0.56f, 0.98f}; // Dear ImGui's blue, a shade darker: it reached 2.998:1 on white
    p.plot_lines = {0.39f, 0.39f, 0.39f};
    p.nav_cursor = {0.00f, 0.30f, 0.80f};
    return p;
}
} // namespace

const Palette& light_palette()
{
    static const Palette palette = make_light();
    return palette;
}

const Palette& dark_palette()
{
    static const Palette palette = make_dark();
    return palette;
}

std::vector<ColourPair> drawn_colour_pairs(const Palette& p)
{
    // Backgrounds as seen: translucent surfaces lie on the window (a field, a button), or on a field
    // (the editor's selection, the research bar's half-strength fill).
    const auto on_window = [&](const Rgba& surface) { return composite(surface, p.window); };
    const Rgba frame = on_window(p.frame);
    const Rgba half_pass = composite({p.pass.r, p.pass.g, p.pass.b, 0.5f}, frame); // research_panel.cpp

    std::vector<ColourPair> pairs = {
        // Text on the window (and on the mark popover, a window of the same colour).
        {"text on the window", p.text, p.window},
        {"muted text on the window (sources, hints, counts, the plot's axes)", p.text_muted, p.window},
        {"TextDisabled on the window (About)", p.text_disabled, p.window},
        {"pass text on the window (ready)", p.pass, p.window},
        {"warn text on the window (notices, caveat, warnings)", p.warn, p.window},
        {"fail text on the window (a refused number, an unusable campaign)", p.fail, p.window},
        {"the claim mark's label on the window", p.claim, p.window},
        {"a hovered link on the window", p.link_hovered, p.window},
        {"the title on the title bar", p.text, p.title},
        {"the title on the focused title bar", p.text, p.title_active},
        // Text on controls.
        {"text on a field (editor, numbers, a pool's tag, the plot's total)", p.text, frame},
        {"text on a hovered field", p.text, on_window(p.frame_hovered)},
        {"text on a field being edited", p.text, on_window(p.frame_active)},
        {"selected text in the editor", p.text, composite(p.text_selected, frame)},
        {"the research count over its bar's fill", p.text, half_pass},
        {"text on a button", p.text, on_window(p.button)},
        {"text on a hovered button", p.text, on_window(p.button_hovered)},
        {"text on a pressed button and the current language's", p.text, on_window(p.button_active)},
        {"a finding's title on its hovered row", p.text, on_window(p.header_hovered)},
        {"a finding's title on its pressed row", p.text, on_window(p.header_active)},
        {"a tab's label", p.text, on_window(p.tab)},
        {"a hovered tab's label", p.text, on_window(p.tab_hovered)},
        {"the selected tab's label", p.text, on_window(p.tab_selected)},
        {"a tab's label, window not focused", p.text, on_window(p.tab_dimmed)},
        {"the selected tab's label, window not focused", p.text, on_window(p.tab_dimmed_selected)},
        {"text in a tooltip", p.text, on_window(p.popup)},
        // Not text: 3:1 against what they are drawn on.
        {"the focus ring on the window", p.nav_cursor, p.window, kNonTextContrast},
        {"a pass light on the window", p.pass, p.window, kNonTextContrast},
        {"a warn light on the window", p.warn, p.window, kNonTextContrast},
        {"a fail light on the window", p.fail, p.window, kNonTextContrast},
        {"a fail mark under the draft's text", p.fail, frame, kNonTextContrast},
        {"a warn mark under the draft's text", p.warn, frame, kNonTextContrast},
        {"the caret in the editor", p.text, frame, kNonTextContrast},
        {"a checkbox's tick", p.check_mark, frame, kNonTextContrast},
        {"the estimate's curve", p.plot_lines, frame, kNonTextContrast},
        {"the readiness bar's fill when ready", p.pass, frame, kNonTextContrast},
        {"the readiness bar's fill before", p.warn, frame, kNonTextContrast},
    };
    return pairs;
}

} // namespace cw
