#include "ui/item_rects.h"

#include <imgui.h>

namespace cw {

void ItemRects::record_last_item(std::string_view test_id)
{
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    rects_[std::string(test_id)] = {min.x, min.y, max.x - min.x, max.y - min.y};
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

} // namespace cw
