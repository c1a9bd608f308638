// Dear ImGui's platform input, taken from one canvas through emscripten/html5.h.
//
// Not Emscripten's GLFW emulation: that listens on the whole window, so an embedded widget would eat
// the host page's Backspace and Tab. Here every listener is on the widget's canvas (the mouse-up alone
// is on the window, so a button released outside the canvas does not stay pressed), key events arrive
// only while the canvas has focus, and preventDefault is called only for what Dear ImGui consumes.
#pragma once

#include <string>

namespace cw::web {

void install_input_callbacks(const std::string& canvas_selector);

} // namespace cw::web
