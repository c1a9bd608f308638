// Dear ImGui's clipboard on the browser's (js/clipboard.js).
//
// Reading: browsers hand out clipboard text only with a paste event, so Dear ImGui's "get clipboard"
// returns the text of the paste event that is being handled. Writing: see js/clipboard.js.
#pragma once

#include <string_view>

namespace cw::web {

void install_clipboard(bool mac_shortcuts);

// A paste event's text: makes it Dear ImGui's clipboard and presses the paste shortcut for it.
void paste_text(std::string_view text);

} // namespace cw::web
