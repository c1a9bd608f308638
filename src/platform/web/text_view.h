// The text view: the widget as plain HTML in place of the canvas (js/text_view.js), for a person who
// prefers the browser's own text (a screen reader, zoom, the browser's translation) and for a browser that
// cannot draw the widget (no WebGL2, no Canvas 2D). All three panels' content as headings, paragraphs,
// lists and links; the notes, the steps done, the draft with its checklist and Fix; a language switch.
//
// It works on the same Widget as the drawn view: the same progress, the same checker, the same saved
// state, so nothing is lost switching either way. While it is shown, frames draw nothing: they save the
// progress, tell the page of changes and bring the view up to date with changes made elsewhere (a draft
// or the language set through the page's API). Every text reaches the page through textContent.
//
// The person chooses it with "Text view" in the drawn header, or the page with ?view=text in its address
// or view="text" on the element; the choice holds for the visit (it is not saved with the progress).
#pragma once

#include "platform/web/frame_scheduler.h"
#include "ui/widget.h"

#include <string>

namespace cw::web {

// Why the widget cannot draw: the view says which, in the person's language.
enum class CannotDraw { no_webgl2, no_canvas_2d };

// The drawn widget offers the text view: "Text view" in its header (Widget::take_text_view_request) or
// the page's asking for it. drawn_frame: the drawn view's frame function, which "Drawn view" brings back.
// The page's API must be installed already.
void offer_text_view(const std::string& canvas_selector, Widget& widget, FrameFunction drawn_frame);

// Shows the text view in place of the canvas (after offer_text_view). take_focus: the person chose it,
// so the keyboard's focus goes to its top; not when the page opens with it.
void show_text_view(bool take_focus);

// ?view=text in the page's address, else the element's view="text".
bool page_asks_for_text_view();

// The text view is shown: no drawn frames run, and the draft is checked when the view asks for its
// report (after its own pause in typing).
bool text_view_shown();

// Without WebGL2 or Canvas 2D: installs the page's API and shows the text view, with the reason and no
// way to the drawn view. The widget's progress has been restored already.
void show_text_view_instead_of_drawing(const std::string& canvas_selector, Widget& widget, CannotDraw reason);

} // namespace cw::web
