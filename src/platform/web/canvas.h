// The one canvas the widget draws on: its size in CSS pixels and its backing store for HiDPI.
#pragma once

#include <string>

namespace cw::web {

struct CanvasSize {
    float css_width = 0;
    float css_height = 0;
    float device_pixel_ratio = 1;
    int pixel_width = 0;  // backing store: CSS size × devicePixelRatio, so text stays sharp on HiDPI
    int pixel_height = 0;
};

// Reads the canvas's CSS size and the device pixel ratio, and resizes the backing store when they
// changed. Called at the start of every frame; cheap, because frames only run after something happened.
CanvasSize update_canvas_size(const std::string& selector);

// Asks for frames whenever the canvas's box or the device pixel ratio changes (its container resized,
// browser zoom, the window moved to another screen), not only when the window resizes.
void observe_canvas_resizes(const std::string& selector);

} // namespace cw::web
