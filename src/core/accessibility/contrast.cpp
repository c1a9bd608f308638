#include "core/accessibility/contrast.h"

#include <algorithm>
#include <cmath>

namespace cw {

namespace {
// An sRGB component's linear light. The sRGB standard's threshold is 0.04045; WCAG's text says
// 0.03928, from an older draft: no 8-bit value lies between the two, so both give the same ratios.
double linear(float component)
{
    const double c = std::clamp(static_cast<double>(component), 0.0, 1.0);
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}
} // namespace

double relative_luminance(const Rgba& colour)
{
    return 0.2126 * linear(colour.r) + 0.7152 * linear(colour.g) + 0.0722 * linear(colour.b);
}

double contrast_ratio(const Rgba& first, const Rgba& second)
{
    const double a = relative_luminance(first);
    const double b = relative_luminance(second);
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

Rgba composite(const Rgba& top, const Rgba& under)
{
    const float alpha = std::clamp(top.a, 0.0f, 1.0f);
    const auto mix = [alpha](float over, float below) { return over * alpha + below * (1.0f - alpha); };
    return {mix(top.r, under.r), mix(top.g, under.g), mix(top.b, under.b), 1.0f};
}

} // namespace cw
