// The research walkthrough (core/content/research_content.h, which the text view shows too): the
// campaign's research steps one at a time, each with its text, its facts
// (with source and as-of date; the announcement's own figures marked as its claims), a field for the
// person's notes and "done"; a progress bar; previous / next. Wide: the text and facts beside the notes;
// narrow (a phone): the text, the notes, then the facts, in one column.
#pragma once

#include "core/campaign/progress.h"
#include "core/content/research_content.h"
#include "ui/text_editor.h"
#include "ui/ui_context.h"

#include <map>
#include <string>

namespace cw {

class ResearchPanel {
public:
    // Returns true when the person changed their progress (a step done or undone, notes edited, another
    // step opened).
    bool draw(const UiContext& ui, Progress& progress);
    // The notes editor drawn in the last frame still lays out a long text, a slice a frame
    // (TextEditor::laying_out).
    bool laying_out() const { return notes_laying_out_; }

private:
    void draw_progress(const UiContext& ui, const Progress& progress);
    void draw_step_text(const UiContext& ui, const ResearchStepContent& step);
    void draw_facts(const UiContext& ui, const ResearchStepContent& step);
    bool draw_notes(const UiContext& ui, const ResearchStepContent& step, Progress& progress);
    bool draw_footer(const UiContext& ui, const ResearchStepContent& step, Progress& progress, float footer_width);
    void go_to_step(int step);

    int current_step_ = 0;
    bool started_ = false;       // the first draw opens the saved step, else the first step not yet done
    bool moved_ = false;         // the person went to another step: progress.research_step follows
    bool scroll_to_top_ = false; // a new step starts at its top, not where the last one was scrolled to
    std::map<std::string, TextEditor> notes_editors_; // by step id
    bool notes_laying_out_ = false;
};

} // namespace cw
