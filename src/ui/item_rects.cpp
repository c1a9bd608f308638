#include "ui/item_rects.h"

#include <imgui.h>
#include <imgui_internal.h>

namespace cw {

void ItemRects::record_last_item(std::string_view test_id)
{
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    rects_[std::string(test_id)] = {min.x, min.y, max.x - min.x, max.y - min.y};
    if (ImGui::GetItemID() != 0) names_[ImGui::GetItemID()] = test_id; // 0: text, a bar: no focus
}

void ItemRects::record(std::string_view test_id, float x, float y, float width, float height)
{
    rects_.try_emplace(std::string(test_id), ItemRect{x, y, width, height});
}

std::optional<ItemRect> ItemRects::find(std::string_view test_id) const
{
    const auto found = rects_.find(std::string(test_id));
    if (found == rects_.end()) return std::nullopt;
    return found->second;
}

std::string ItemRects::focused() const
{
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    if (g.NavId == 0 || !g.NavCursorVisible) return ""; // no ring shown (a click hides it), no focused control
    if (const auto found = names_.find(g.NavId); found != names_.end()) return found->second;
    // A control drawn inside a child window of its own (the text editor's field) is named by its window.
    if (g.NavWindow != nullptr) {
        if (const auto found = names_.find(g.NavWindow->ChildId); found != names_.end()) return found->second;
    }
    return "";
}

} // namespace cw
