#include "platform/web/page_api.h"

#include "core/campaign/progress.h"
#include "core/campaign/report_json.h"
#include "platform/web/frame_scheduler.h"
#include "platform/web/text_view.h"

#include <emscripten.h>
#include <nlohmann/json.hpp>

#include <string>

namespace {
cw::Widget* api_widget = nullptr;
std::string api_text; // the last string handed to JavaScript; valid until the next call
std::uint64_t notified_revision = 0;

EM_JS(void, call_on_change, (), {
    if (Module.onChange) Module.onChange();
});

// Module.onChecked: the draft was checked; the report is of the progress as it is. Called from inside
// the check's own call: the page reads what it wants after it (the element's live region, in a task).
EM_JS(void, call_on_checked, (), {
    if (Module.onChecked) Module.onChecked();
});
} // namespace

extern "C" {
// js/page_api.js
void cw_page_api_install(const char* canvas_selector);

EMSCRIPTEN_KEEPALIVE int cw_item_rect(const char* test_id, float* out_rect)
{
    const auto rect = api_widget->item_rects().find(test_id);
    if (!rect) return 0;
    out_rect[0] = rect->x;
    out_rect[1] = rect->y;
    out_rect[2] = rect->width;
    out_rect[3] = rect->height;
    return 1;
}

EMSCRIPTEN_KEEPALIVE const char* cw_focused_control()
{
    api_text = api_widget->item_rects().focused();
    return api_text.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* cw_draft()
{
    return api_widget->draft().c_str();
}

EMSCRIPTEN_KEEPALIVE void cw_set_draft(const char* text)
{
    api_widget->set_draft(text);
    cw::web::request_frames();
}

EMSCRIPTEN_KEEPALIVE const char* cw_report_json()
{
    if (api_widget->campaign() == nullptr) {
        api_text = cw::report_json(api_widget->report());
    } else {
        api_text = cw::report_json(api_widget->report(), *api_widget->campaign(), api_widget->clock_seconds(), api_widget->language());
    }
    return api_text.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* cw_summary()
{
    api_text = api_widget->accessible_summary();
    return api_text.c_str();
}

// A check the drawn view will run (or is running, in slices) between frames. The text view checks when it shows its report: there
// the summary may check at once, as the view itself does.
EMSCRIPTEN_KEEPALIVE int cw_check_pending()
{
    return api_widget->check_pending() && !cw::web::text_view_shown() ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE const char* cw_progress_json()
{
    api_text = cw::save_progress(api_widget->progress());
    return api_text.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* cw_notices_json()
{
    // error_handler_t::replace: a notice may quote a campaign URL or a problem with any bytes in it.
    api_text = nlohmann::ordered_json(api_widget->notice_texts()).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
    return api_text.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* cw_period_notice()
{
    api_text = api_widget->period_notice_text();
    return api_text.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* cw_language()
{
    return cw::language_tag(api_widget->language()).data();
}

EMSCRIPTEN_KEEPALIVE void cw_set_language(const char* tag)
{
    api_widget->set_language(cw::language_from_tag(tag));
    cw::web::request_frames();
}
}

namespace cw::web {

void install_page_api(const std::string& canvas_selector, Widget& widget)
{
    api_widget = &widget;
    notified_revision = widget.revision();
    widget.set_on_checked(call_on_checked);
    cw_page_api_install(canvas_selector.c_str());
}

void notify_page_of_changes()
{
    if (api_widget == nullptr || api_widget->revision() == notified_revision) return;
    notified_revision = api_widget->revision();
    call_on_change();
}

} // namespace cw::web
