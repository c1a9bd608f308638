// The WebGL2 context on the widget's canvas, and surviving its loss.
//
// Browsers take WebGL contexts away (GPU reset, too many contexts on a page, a laptop switching GPUs).
// The widget keeps its state: when the context comes back, the renderer's GPU objects and the font
// textures are created again and the widget is redrawn.
#pragma once

#include <string>

namespace cw::web {

bool create_webgl2_context(const std::string& canvas_selector);

// False between a context loss and its restoration: frames must not draw then.
bool webgl_context_usable();

} // namespace cw::web
