#include "platform/web/offline_copy.h"

#include "core/campaign/progress.h"
#include "platform/web/frame_scheduler.h"

#include <emscripten.h>

extern "C" {
// js/offline_copy.js
void cw_save_offline_copy(const char* campaign_json, const char* progress_json, const char* file_name, int builtin_campaign);
}

namespace cw::web {

namespace {
Widget* asking_widget = nullptr; // the widget whose person asked for a copy, told if it fails
} // namespace

void save_offline_copy_if_asked(Widget& widget, const std::string& campaign_json, bool builtin)
{
    if (!widget.take_offline_copy_request()) return;
    asking_widget = &widget;
    const Campaign* campaign = widget.campaign();
    const std::string file_name = "campaign-widget-" + (campaign ? campaign->id : std::string("offline")) + ".html";
    // The person's progress of this moment travels in the file: opened from file://, the copy lives in
    // another origin's storage, where none of their work is.
    const std::string progress_json = save_progress(widget.progress());
    cw_save_offline_copy(campaign_json.c_str(), progress_json.c_str(), file_name.c_str(), builtin ? 1 : 0);
}

} // namespace cw::web

// js/offline_copy.js: the file went to the browser's download; the button says so for a moment.
extern "C" EMSCRIPTEN_KEEPALIVE void cw_offline_copy_saved()
{
    if (cw::web::asking_widget == nullptr) return;
    cw::web::asking_widget->confirm_offline_copy_saved();
    cw::web::request_frames();
}

// js/offline_copy.js: the copy could not be made (the offline file could not be fetched, the page's
// markup could not be read). The person asked for it, so the person is told why.
extern "C" EMSCRIPTEN_KEEPALIVE void cw_offline_copy_failed(const char* reason)
{
    if (cw::web::asking_widget == nullptr) return;
    cw::web::asking_widget->show_notice("offline.failed", {reason});
    cw::web::request_frames();
}
