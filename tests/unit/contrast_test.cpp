#include "core/accessibility/contrast.h"

#include <catch2/catch.hpp>

using cw::Rgba;

namespace {
constexpr Rgba kBlack{0, 0, 0};
constexpr Rgba kWhite{1, 1, 1};

// A colour written as a page writes it, #rrggbb.
Rgba hex(unsigned rgb)
{
    return {static_cast<float>((rgb >> 16) & 0xFF) / 255.0f, static_cast<float>((rgb >> 8) & 0xFF) / 255.0f,
            static_cast<float>(rgb & 0xFF) / 255.0f};
}
} // namespace

TEST_CASE("black has luminance 0 and white 1")
{
    CHECK(cw::relative_luminance(kBlack) == Approx(0.0));
    CHECK(cw::relative_luminance(kWhite) == Approx(1.0));
}

TEST_CASE("green weighs most in luminance, blue least")
{
    CHECK(cw::relative_luminance({1, 0, 0}) == Approx(0.2126));
    CHECK(cw::relative_luminance({0, 1, 0}) == Approx(0.7152));
    CHECK(cw::relative_luminance({0, 0, 1}) == Approx(0.0722));
}

TEST_CASE("mid grey is far darker than half in light: sRGB is not linear")
{
    CHECK(cw::relative_luminance(hex(0x808080)) == Approx(0.2159).epsilon(0.001));
    // Below the sRGB curve's knee a component is linear: 10/255 → 0.0392 / 12.92.
    CHECK(cw::relative_luminance(hex(0x0A0A0A)) == Approx(0.003035).epsilon(0.001));
}

TEST_CASE("black on white is 21:1, a colour on itself 1:1")
{
    CHECK(cw::contrast_ratio(kBlack, kWhite) == Approx(21.0));
    CHECK(cw::contrast_ratio(hex(0x336699), hex(0x336699)) == Approx(1.0));
}

TEST_CASE("the contrast ratio does not depend on which colour is the text")
{
    CHECK(cw::contrast_ratio(hex(0x1C1F24), hex(0x9EA3AD)) == Approx(cw::contrast_ratio(hex(0x9EA3AD), hex(0x1C1F24))));
}

TEST_CASE("#767676 is the lightest grey that passes AA on white, #777777 just fails")
{
    CHECK(cw::contrast_ratio(hex(0x767676), kWhite) == Approx(4.54).epsilon(0.002));
    CHECK(cw::contrast_ratio(hex(0x767676), kWhite) >= cw::kTextContrast);
    CHECK(cw::contrast_ratio(hex(0x777777), kWhite) < cw::kTextContrast);
}

TEST_CASE("#949494 on white passes for a focus ring (3:1) but not for text")
{
    const double ratio = cw::contrast_ratio(hex(0x949494), kWhite);
    CHECK(ratio >= cw::kNonTextContrast);
    CHECK(ratio < cw::kTextContrast);
}

TEST_CASE("the alpha of a colour does not change its luminance")
{
    CHECK(cw::relative_luminance({0.2f, 0.4f, 0.6f, 0.3f}) == Approx(cw::relative_luminance({0.2f, 0.4f, 0.6f, 1.0f})));
}

TEST_CASE("a translucent colour over another mixes them by its alpha, and the result is opaque")
{
    const Rgba mixed = cw::composite({1, 0, 0, 0.25f}, {0, 0, 1, 1});
    CHECK(mixed.r == Approx(0.25f));
    CHECK(mixed.g == Approx(0.0f));
    CHECK(mixed.b == Approx(0.75f));
    CHECK(mixed.a == Approx(1.0f));
}

TEST_CASE("an opaque colour covers what is under it; a transparent one leaves it")
{
    const Rgba under{0.1f, 0.2f, 0.3f};
    const Rgba covered = cw::composite({0.9f, 0.8f, 0.7f, 1}, under);
    CHECK(covered.r == Approx(0.9f));
    CHECK(covered.b == Approx(0.7f));
    const Rgba left = cw::composite({0.9f, 0.8f, 0.7f, 0}, under);
    CHECK(left.r == Approx(0.1f));
    CHECK(left.b == Approx(0.3f));
}

TEST_CASE("components out of range count as their nearest end")
{
    CHECK(cw::relative_luminance({2, 2, 2}) == Approx(1.0));
    CHECK(cw::relative_luminance({-1, -1, -1}) == Approx(0.0));
}
