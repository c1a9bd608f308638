// The theme's colours (src/ui/palette.h) against WCAG's contrast minimums: every pair of colours the
// widget draws one on the other, in the light and the dark theme.
#include "ui/palette.h"

#include <catch2/catch.hpp>

#include <string>

namespace {

bool same_colour(const cw::Rgba& a, const cw::Rgba& b)
{
    return a.r == b.r && a.g == b.g && a.b == b.b && a.a == b.a;
}

void check_pairs(const cw::Palette& palette, double minimum)
{
    for (const cw::ColourPair& pair : cw::drawn_colour_pairs(palette)) {
        if (pair.minimum != minimum) continue;
        const double ratio = cw::contrast_ratio(pair.foreground, pair.background);
        INFO(pair.what << ": " << ratio << ":1, needs " << pair.minimum << ":1");
        CHECK(ratio >= pair.minimum);
    }
}

void check_each_text_colour_is_measured(const cw::Palette& palette)
{
    const auto pairs = cw::drawn_colour_pairs(palette);
    for (const auto& [name, colour] : {std::pair{"text", palette.text}, std::pair{"text_muted", palette.text_muted},
                                       std::pair{"text_disabled", palette.text_disabled}, std::pair{"pass", palette.pass},
                                       std::pair{"warn", palette.warn}, std::pair{"fail", palette.fail},
                                       std::pair{"claim", palette.claim}, std::pair{"link_hovered", palette.link_hovered}}) {
        bool measured = false;
        for (const cw::ColourPair& pair : pairs) {
            measured |= pair.minimum == cw::kTextContrast && same_colour(pair.foreground, colour);
        }
        INFO(name);
        CHECK(measured);
    }
}

} // namespace

TEST_CASE("every text the widget draws reaches 4.5:1 against its background in the light theme")
{
    check_pairs(cw::light_palette(), cw::kTextContrast);
}

TEST_CASE("every text the widget draws reaches 4.5:1 against its background in the dark theme")
{
    check_pairs(cw::dark_palette(), cw::kTextContrast);
}

TEST_CASE("the lights, the draft's marks, the tick and the curve reach 3:1 in the light theme")
{
    check_pairs(cw::light_palette(), cw::kNonTextContrast);
}

TEST_CASE("the lights, the draft's marks, the tick and the curve reach 3:1 in the dark theme")
{
    check_pairs(cw::dark_palette(), cw::kNonTextContrast);
}

TEST_CASE("the focus ring reaches 3:1 against the window it is drawn on, in both themes")
{
    // Dear ImGui draws the ring 2 px wide, 2 to 4 px outside the focused control: on the window.
    for (const bool dark : {false, true}) {
        const cw::Palette& palette = cw::palette(dark);
        INFO((dark ? "dark" : "light"));
        CHECK(palette.nav_cursor.a == 1.0f); // opaque: what is measured is what is drawn
        CHECK(cw::contrast_ratio(palette.nav_cursor, palette.window) >= cw::kNonTextContrast);
    }
}

TEST_CASE("every text colour of the palette is measured against a background")
{
    check_each_text_colour_is_measured(cw::light_palette());
    check_each_text_colour_is_measured(cw::dark_palette());
}

TEST_CASE("the text colours and the window are opaque, so their measured contrast is the drawn one")
{
    for (const bool dark : {false, true}) {
        const cw::Palette& palette = cw::palette(dark);
        for (const cw::Rgba& colour : {palette.text, palette.text_muted, palette.text_disabled, palette.pass, palette.warn,
                                       palette.fail, palette.claim, palette.link_hovered, palette.window}) {
            CHECK(colour.a == 1.0f);
        }
    }
}
