// The widget's API for its page (js/page_api.js): item rectangles for tests, the draft, the report,
// the progress, the language, and a change notification.
#pragma once

#include "ui/widget.h"

#include <string>

namespace cw::web {

void install_page_api(const std::string& canvas_selector, Widget& widget);

// After each frame: tells the page (Module.onChange) when the progress changed since the last call.
void notify_page_of_changes();

} // namespace cw::web
