#include "ui/motion.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <cfloat>

namespace cw {

void end_tab_bar_slide_at_once(const char* str_id)
{
    ImGuiContext& g = *ImGui::GetCurrentContext();
    // The tab bar's own record, as BeginTabBar finds it (none before its first frame: nothing slides).
    ImGuiTabBar* tab_bar = g.TabBars.GetByKey(g.CurrentWindow->GetID(str_id));
    // Dear ImGui moves ScrollingAnim towards ScrollingTarget by DeltaTime × ScrollingSpeed each frame and
    // only ever raises the speed: at the largest speed it arrives in one step. Set every frame, as Dear
    // ImGui sets it back to 0 once there.
    if (tab_bar != nullptr) tab_bar->ScrollingSpeed = FLT_MAX;
}

bool current_tab_bar_sliding()
{
    const ImGuiTabBar* tab_bar = ImGui::GetCurrentTabBar();
    return tab_bar != nullptr && tab_bar->ScrollingAnim != tab_bar->ScrollingTarget;
}

} // namespace cw
