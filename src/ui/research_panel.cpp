#include "ui/research_panel.h"

#include <imgui.h>

namespace cw {

bool ResearchPanel::draw(const UiContext& ui, Progress& /*progress*/)
{
    ImGui::TextDisabled("%zu", ui.campaign.research.size()); // replaced by the research walkthrough
    return false;
}

} // namespace cw
