// What the text view shows, as JSON for js/text_view.js, finished: the UI's labels in the widget's
// language (assets/i18n/*.json, by their keys) and the content model both views render (core/content/):
// the research steps with the person's notes and ticks, the launchpool guide, the checklist. The script
// composes no sentence, fills no placeholder and copies no constant; it reads the draft and the notices
// through the page's API, as the page does.
//
//   { lang, dark, canDraw, why, texts: {key: text}, languages: [{tag, label}], title, summary,
//     research: [{id, title, body, facts, prompts, notesName, notes, done}],
//     launchpool: {title, summary, url, steps, pools: [{coin, note}], announced: [fact], facts: [fact]} | null }
//   a fact: {text, claim, source: {label, url}}
//   the checklist: [{id, status, statusName, title, message, fix, selfConfirmed, ticked}]
#pragma once

#include "ui/widget.h"

#include <string>
#include <string_view>

namespace cw::web {

// why: the message saying why the widget cannot draw ("" when it can); can_draw: whether the view offers
// the way back to the drawn widget.
std::string text_view_content_json(const Widget& widget, std::string_view why, bool can_draw);

// The checklist of the widget's report as it stands, its rows as the drawn checklist's.
std::string checklist_json(Widget& widget);

} // namespace cw::web
