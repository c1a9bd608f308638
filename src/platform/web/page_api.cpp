#include "platform/web/page_api.h"

#include "platform/web/frame_scheduler.h"

#include <emscripten.h>

namespace {
cw::Widget* api_widget = nullptr;
}

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

EMSCRIPTEN_KEEPALIVE const char* cw_draft()
{
    return api_widget->draft().c_str();
}

EMSCRIPTEN_KEEPALIVE void cw_set_draft(const char* text)
{
    api_widget->set_draft(text);
    cw::web::request_frames();
}
}

namespace cw::web {

void install_page_api(const std::string& canvas_selector, Widget& widget)
{
    api_widget = &widget;
    cw_page_api_install(canvas_selector.c_str());
}

} // namespace cw::web
