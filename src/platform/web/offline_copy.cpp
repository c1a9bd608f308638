#include "platform/web/offline_copy.h"

extern "C" {
// js/offline_copy.js
void cw_save_offline_copy(const char* campaign_json, const char* file_name, int builtin_campaign);
}

namespace cw::web {

void save_offline_copy_if_asked(Widget& widget, const std::string& campaign_json, bool builtin)
{
    if (!widget.take_offline_copy_request()) return;
    const Campaign* campaign = widget.campaign();
    const std::string file_name = "campaign-widget-" + (campaign ? campaign->id : std::string("offline")) + ".html";
    cw_save_offline_copy(campaign_json.c_str(), file_name.c_str(), builtin ? 1 : 0);
}

} // namespace cw::web
