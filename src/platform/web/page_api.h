// The widget's API for its page (js/page_api.js): item rectangles for tests, the draft.
#pragma once

#include "ui/widget.h"

#include <string>

namespace cw::web {

void install_page_api(const std::string& canvas_selector, Widget& widget);

} // namespace cw::web
