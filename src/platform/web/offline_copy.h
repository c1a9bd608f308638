// "Save offline copy" (js/offline_copy.js): after a frame in which the person asked for it, downloads
// the widget as one .html file for the current campaign, carrying the person's progress of that moment
// (saved_progress.h says when the copy starts from it).
#pragma once

#include "ui/widget.h"

#include <string>

namespace cw::web {

// campaign_json: the campaign the widget shows; builtin: whether it is the one built into the module.
void save_offline_copy_if_asked(Widget& widget, const std::string& campaign_json, bool builtin);

} // namespace cw::web
