// Dear ImGui's platform input, taken from the widget's own elements through emscripten/html5.h.
//
// Not Emscripten's GLFW emulation: that listens on the whole window, so an embedded widget would eat
// the host page's Backspace and Tab. Here keys are taken from the canvas, the text agent and the
// semantic mirror's elements only (so only while the widget has focus), the mouse and touch from the
// canvas's frame, through the mirror's elements over it (plus mouse moves and releases
// on the window while a press that began on the canvas is held, so a drag or a release outside does
// not leave a button stuck), and preventDefault is called only for what Dear ImGui consumes.
#pragma once

#include <string>

namespace cw::web {

void install_input_callbacks(const std::string& canvas_selector, const std::string& text_agent_selector,
                             const std::string& mirror_selector);

} // namespace cw::web
