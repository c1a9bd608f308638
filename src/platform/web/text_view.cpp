#include "platform/web/text_view.h"

#include "core/check/fix.h"
#include "core/campaign/outline.h"
#include "core/check/length_line.h"
#include "core/check/readiness.h"
#include "core/content/research_content.h"
#include "core/i18n/catalogue.h"
#include "platform/web/page_api.h"
#include "platform/web/saved_progress.h"
#include "platform/web/text_view_content.h"

#include <emscripten.h>

#include <algorithm>
#include <optional>
#include <string>

extern "C" {
// js/text_view.js
void cw_text_view_show(const char* canvas_selector, const char* content_json, int take_focus);
void cw_text_view_hide();
void cw_text_view_refresh();
}

namespace cw::web {

namespace {
EM_JS(int, address_asks_for_text_view, (), {
    const asked = new URLSearchParams(location.search).get('view');
    if (asked) return asked === 'text' ? 1 : 0;
    return Module.widgetOptions && Module.widgetOptions.view === 'text' ? 1 : 0;
});

struct TextView {
    std::string canvas_selector;
    Widget* widget = nullptr;
    FrameFunction drawn_frame = nullptr; // nullptr: the widget cannot draw, and the view offers no way back
    std::optional<CannotDraw> cannot_draw; // why, said in the view's language; none when it can draw
    bool shown = false;
    // What the view shows now, to show it anew when the page changes these through its API.
    Language shown_language = Language::Chinese;
    bool shown_dark = false;
};
TextView view;
std::string returned_text; // the last string handed to JavaScript; valid until the next call

void render(bool take_focus)
{
    view.shown_language = view.widget->language();
    view.shown_dark = view.widget->theme().dark;
    std::string why;
    if (view.cannot_draw) {
        const char* key = *view.cannot_draw == CannotDraw::no_canvas_2d ? "fallback.message-no-canvas-2d" : "fallback.message";
        why = catalogue().get(key, view.widget->language());
    }
    const std::string content = text_view_content_json(*view.widget, why, view.drawn_frame != nullptr);
    cw_text_view_show(view.canvas_selector.c_str(), content.c_str(), take_focus ? 1 : 0);
}

// A frame while the text view is shown: nothing to draw. The progress is saved and the page told, as a
// drawn frame does; a language or theme set through the page's API (or the view's own switch) shows the
// view anew. (A draft the page sets goes into the view's field at once, in js/text_view.js.)
void text_view_frame()
{
    save_progress_when_changed();
    notify_page_of_changes();
    if (!view.shown) return;
    if (view.widget->language() != view.shown_language || view.widget->theme().dark != view.shown_dark) render(false);
    cw_text_view_refresh(); // the notices: a save that failed, or works again
}

// What the view changed: saved and told to the page in the next frame.
void changed()
{
    request_frames(1);
}
} // namespace

void offer_text_view(const std::string& canvas_selector, Widget& widget, FrameFunction drawn_frame)
{
    view.canvas_selector = canvas_selector;
    view.widget = &widget;
    view.drawn_frame = drawn_frame;
}

bool text_view_shown()
{
    return view.shown;
}

void show_text_view(bool take_focus)
{
    if (view.widget == nullptr || view.shown) return;
    view.shown = true;
    set_frame_function(text_view_frame);
    render(take_focus);
    request_frames(1); // one frame of the view: its first notices, and stats.idle for the page
}

bool page_asks_for_text_view()
{
    return address_asks_for_text_view() != 0;
}

void show_text_view_instead_of_drawing(const std::string& canvas_selector, Widget& widget, CannotDraw reason)
{
    install_page_api(canvas_selector, widget);
    offer_text_view(canvas_selector, widget, nullptr);
    view.cannot_draw = reason;
    show_text_view(false);
}

} // namespace cw::web

// The view's controls (js/text_view.js). Text arrives as UTF-8, lone surrogates already replaced.
extern "C" {

EMSCRIPTEN_KEEPALIVE void cw_text_view_set_draft(const char* text)
{
    cw::web::view.widget->set_draft(text);
    cw::web::changed();
}

EMSCRIPTEN_KEEPALIVE void cw_text_view_set_notes(const char* step_id, const char* text)
{
    const std::string id(step_id);
    const std::string notes(text);
    // An empty note is no note, as in the drawn panel: nothing is kept for it.
    cw::web::view.widget->change_progress([&](cw::Progress& progress) {
        if (notes.empty()) progress.notes.erase(id);
        else progress.notes[id] = notes;
    });
    cw::web::changed();
}

EMSCRIPTEN_KEEPALIVE void cw_text_view_set_step_done(const char* step_id, int done)
{
    const std::string id(step_id);
    cw::web::view.widget->change_progress([&](cw::Progress& progress) {
        if (done) progress.done_steps.insert(id);
        else progress.done_steps.erase(id);
    });
    cw::web::changed();
}

EMSCRIPTEN_KEEPALIVE void cw_text_view_set_confirmed(const char* check_id, int ticked)
{
    const std::string id(check_id);
    cw::web::view.widget->change_progress([&](cw::Progress& progress) {
        if (ticked) progress.confirmed.insert(id);
        else progress.confirmed.erase(id);
    });
    cw::web::changed();
}

// Applies the finding's fix, as the drawn checklist's Fix does; out_range: the changed bytes [start, end),
// for the view to select. 0 when the finding has no fix (the draft changed meanwhile).
EMSCRIPTEN_KEEPALIVE int cw_text_view_apply_fix(const char* check_id, int* out_range)
{
    cw::Widget& widget = *cw::web::view.widget;
    const cw::Report& report = widget.report();
    const auto finding = std::find_if(report.findings.begin(), report.findings.end(),
                                      [&](const cw::Finding& candidate) { return candidate.id == check_id; });
    if (finding == report.findings.end() || !finding->fix || finding->status == cw::Status::Pass) return 0;
    const cw::FixedDraft fixed = cw::apply_fix(widget.draft(), *finding->fix);
    widget.set_draft(fixed.text);
    out_range[0] = static_cast<int>(fixed.changed_start);
    out_range[1] = static_cast<int>(fixed.changed_end);
    cw::web::changed();
    return 1;
}

// "Start from my notes": the outline of the notes, the required links and the launchpool line replaces
// the draft, as the drawn button does.
EMSCRIPTEN_KEEPALIVE void cw_text_view_start_from_notes()
{
    cw::Widget& widget = *cw::web::view.widget;
    if (widget.campaign() == nullptr) return;
    const cw::OutlineTexts texts{cw::catalogue().get("outline.launchpool", widget.language()),
                                 cw::catalogue().get("outline.pool-separator", widget.language())};
    widget.set_draft(cw::build_outline(*widget.campaign(), widget.progress(), widget.language(), texts));
    cw::web::changed();
}

// The readiness as the drawn header says it: "3 / 5 checks pass", and "Ready to post!" when it is.
EMSCRIPTEN_KEEPALIVE const char* cw_text_view_readiness()
{
    cw::Widget& widget = *cw::web::view.widget;
    const cw::Report& report = widget.report();
    if (widget.campaign() == nullptr) return "";
    const cw::Readiness readiness = cw::count_readiness(report);
    cw::web::returned_text = cw::catalogue_text("header.readiness", widget.language(),
                                                {std::to_string(readiness.passing), std::to_string(readiness.total)});
    if (report.ready) cw::web::returned_text += std::string("  ") + cw::catalogue().get("header.ready", widget.language());
    return cw::web::returned_text.c_str();
}

// "1 of 3 steps done", as the drawn progress bar says it, after the view ticked a step.
EMSCRIPTEN_KEEPALIVE const char* cw_text_view_research_progress()
{
    cw::Widget& widget = *cw::web::view.widget;
    if (widget.campaign() == nullptr) return "";
    cw::web::returned_text = cw::research_progress_content(*widget.campaign(), widget.progress(), widget.language()).text;
    return cw::web::returned_text.c_str();
}

// The checklist of the report as it stands (text_view_content.h), each row as the drawn checklist's.
EMSCRIPTEN_KEEPALIVE const char* cw_text_view_checklist()
{
    cw::web::returned_text = cw::web::checklist_json(*cw::web::view.widget);
    return cw::web::returned_text.c_str();
}

// How long the check waits for a pause in typing, in milliseconds: as the drawn widget's wait, longer
// for a long draft.
EMSCRIPTEN_KEEPALIVE int cw_text_view_check_delay_ms()
{
    return static_cast<int>(cw::check_delay_seconds(cw::web::view.widget->draft().size()) * 1000.0 + 0.5);
}

// The length line as the drawn draft panel says it, in the campaign's unit (core/check/length_line.h).
EMSCRIPTEN_KEEPALIVE const char* cw_text_view_length_line()
{
    cw::Widget& widget = *cw::web::view.widget;
    const cw::Report& report = widget.report();
    if (widget.campaign() == nullptr) return "";
    cw::web::returned_text = cw::length_line(widget.campaign()->requirements, report.stats, widget.language());
    return cw::web::returned_text.c_str();
}

// "Drawn view": the canvas comes back with the same state; it lays itself out again as at the start
// (tab bars measure their tabs in the frame after they appear).
EMSCRIPTEN_KEEPALIVE void cw_text_view_leave()
{
    if (!cw::web::view.shown || cw::web::view.drawn_frame == nullptr) return;
    cw::web::view.shown = false;
    cw_text_view_hide();
    cw::web::set_frame_function(cw::web::view.drawn_frame);
    cw::web::request_frames(6);
}
}
