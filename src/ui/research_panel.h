// The research walkthrough: the campaign's research steps one at a time, each with its text, its facts
// (with source and as-of date; the announcement's own figures marked as its claims), a field for the
// person's notes and "done"; a progress bar; previous / next.
#pragma once

#include "core/progress.h"
#include "ui/ui_context.h"

namespace cw {

class ResearchPanel {
public:
    // Returns true when the person changed their progress (a step done or undone, notes edited).
    bool draw(const UiContext& ui, Progress& progress);

private:
    int current_step_ = 0;
};

} // namespace cw
