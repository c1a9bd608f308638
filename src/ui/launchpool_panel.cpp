#include "ui/launchpool_panel.h"

#include <imgui.h>

namespace cw {

bool LaunchpoolPanel::draw(const UiContext& ui, Progress& /*progress*/)
{
    ImGui::TextDisabled("%s", ui.campaign.launchpool ? ui.campaign.launchpool->url.c_str() : ""); // replaced by the guide
    return false;
}

} // namespace cw
