// Colour contrast as WCAG 2.x measures it: the relative luminance of a colour and the contrast ratio of
// two, from 1:1 (the same luminance) to 21:1 (black on white). Text needs 4.5:1 against what it is drawn
// on (success criterion 1.4.3, level AA); a control's boundary, a focus ring or a status light 3:1
// (1.4.11). Colours are sRGB with components from 0 to 1, as Dear ImGui's style and the canvas take them.
#pragma once

namespace cw {

struct Rgba {
    float r = 0, g = 0, b = 0, a = 1;
};

inline constexpr double kTextContrast = 4.5;    // WCAG 1.4.3 (AA), text of normal size
inline constexpr double kNonTextContrast = 3.0; // WCAG 1.4.11, focus rings, lights, marks

// 0 for black, 1 for white; the alpha is ignored (composite a translucent colour first).
double relative_luminance(const Rgba& colour);

// (lighter + 0.05) / (darker + 0.05): the order of the two does not matter.
double contrast_ratio(const Rgba& first, const Rgba& second);

// `top` drawn over the opaque `under`, blended as the renderer blends (in sRGB, by top's alpha): the
// colour a person sees where a translucent button or frame lies on the window.
Rgba composite(const Rgba& top, const Rgba& under);

} // namespace cw
