// What the text view shows, as JSON for js/text_view.js: the UI's texts in the widget's language, from
// the same translations the drawn panels use (assets/i18n/*.json, by their keys), and the campaign's
// content in that language with the person's progress (notes, steps done). The script writes no text of
// its own; it only fills in counts ("{0} of {1} steps done") as the C++ side's fill() does. The draft, the
// report and the notices it reads through the page's API, as the page does.
//
//   { lang, dark, canDraw, why, texts: {key: text}, languages: [{tag, label}], title, summary,
//     selfConfirmed: [check id], research: [{id, title, body, facts, prompts, notes, done}],
//     launchpool: {title, summary, url, steps, pools: [{coin, note}], announced: [fact], facts: [fact]} | null }
//   a fact: {text, claim, source: {label, url}}
#pragma once

#include "core/i18n/translations.h"
#include "ui/widget.h"

#include <string>
#include <string_view>

namespace cw::web {

// why: the message saying why the widget cannot draw ("" when it can); can_draw: whether the view offers
// the way back to the drawn widget.
std::string text_view_content_json(const Widget& widget, const Translations& translations, std::string_view why,
                                   bool can_draw);

} // namespace cw::web
