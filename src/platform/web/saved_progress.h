// The person's progress in localStorage, per campaign: restored at start, saved within a second of a
// change and when the page is hidden. A saved state that cannot be read is kept under a backup key and
// the widget says so; when storage is unavailable the widget works and says nothing is being saved.
#pragma once

#include "ui/widget.h"

#include <string>

namespace cw::web {

// Reads the saved state for the widget's campaign into it, or tells the widget why it could not.
void restore_saved_progress(Widget& widget, const std::string& storage_key);

// After each frame: schedules a save when the widget's progress changed since the last one.
void save_progress_when_changed();

} // namespace cw::web
