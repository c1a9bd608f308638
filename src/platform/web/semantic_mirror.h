// The semantic mirror (js/semantic_mirror.js): DOM elements over the canvas, one for each node of the
// widget's semantic tree (ui/item_rects.h), so that screen readers, the keyboard and role-based tests
// reach the controls drawn in the canvas. Only the changes of a frame reach the DOM; an idle widget
// draws no frame and so sends nothing.
#pragma once

#include "ui/widget.h"

#include <string>

namespace cw::web {

// Puts the mirror's layer over the canvas. Returns the layer's selector, for key listeners: keys pressed
// while one of its elements has the focus are the widget's.
std::string install_semantic_mirror(const std::string& canvas_selector, Widget& widget);

// After each frame: sends what changed in the tree, and moves the DOM's focus to the element of the
// control Dear ImGui's keyboard focus is on.
void sync_semantic_mirror();

} // namespace cw::web
