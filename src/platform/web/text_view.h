// Without WebGL2 (an old browser, graphics turned off by a policy or a driver) the widget cannot draw,
// but the person can still write a post and check it: a plain-HTML view (js/text_view.js)
// with a text field and the checklist, fed by the same Widget state, the same checker and the same
// saved progress as the drawn widget. Every text reaches the page through textContent.
#pragma once

#include "core/translations.h"
#include "ui/widget.h"

#include <string>

namespace cw::web {

// Why the widget cannot draw: the view says which, in the person's language.
enum class CannotDraw { no_webgl2, no_canvas_2d };

// Shows the plain-HTML view in place of the canvas and installs the page's API (draft, report,
// progress, notices) for it. The widget's progress has been restored already.
void start_text_view(const std::string& canvas_selector, Widget& widget, const Translations& translations,
                               CannotDraw reason);

} // namespace cw::web
