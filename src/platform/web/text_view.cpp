#include "platform/web/text_view.h"

#include "platform/web/frame_scheduler.h"
#include "platform/web/page_api.h"
#include "platform/web/saved_progress.h"

#include <nlohmann/json.hpp>

extern "C" {
// js/text_view.js
void cw_text_view_install(const char* canvas_selector, const char* texts_json);
void cw_text_view_refresh();
}

namespace cw::web {

namespace {
// What a frame does after drawing, without the drawing: the draft set through the page's API is saved
// and the page told of the change; the view shows notices that came up (a save that failed).
void after_change()
{
    save_progress_when_changed();
    notify_page_of_changes();
    cw_text_view_refresh();
}
} // namespace

void start_text_view(const std::string& canvas_selector, Widget& widget, const Translations& translations,
                               CannotDraw reason)
{
    install_page_api(canvas_selector, widget);
    set_frame_function(after_change);
    const Language language = widget.language();
    const nlohmann::ordered_json texts = { // the one JSON type of the module
        {"lang", language_tag(language)},
        {"title", widget.campaign() ? widget.campaign()->title.text(language) : translations.get("widget.fallback-title", language)},
        {"message", translations.get(reason == CannotDraw::no_canvas_2d ? "fallback.message-no-canvas-2d" : "fallback.message",
                                     language)},
        {"draftLabel", translations.get("fallback.draft-label", language)},
        {"readiness", translations.get("header.readiness", language)},
        {"ready", translations.get("header.ready", language)},
        {"optional", translations.get("draft.optional", language)},
        {"counts", translations.get("draft.counts", language)},
    };
    cw_text_view_install(canvas_selector.c_str(),
                                   texts.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace).c_str());
    request_frames(1); // one pass of after_change: the view's first notices, and stats.idle for the page
}

} // namespace cw::web
