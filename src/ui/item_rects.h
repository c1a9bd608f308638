// Where named controls were drawn in the last frame, so that the page (and its tests) can find them:
// window.campaignWidget.itemRect('draft-editor') clicks where a person would.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace cw {

struct ItemRect {
    float x = 0; // in CSS pixels, relative to the widget's canvas
    float y = 0;
    float width = 0;
    float height = 0;
};

class ItemRects {
public:
    void clear()
    {
        rects_.clear();
        names_.clear();
    }
    // Records the rectangle of the last ImGui item under test_id.
    void record_last_item(std::string_view test_id);
    // Records a rectangle drawn without an item of its own (a mark in the text, the caret), in the same
    // coordinates. The first record of a name in a frame wins.
    void record(std::string_view test_id, float x, float y, float width, float height);
    std::optional<ItemRect> find(std::string_view test_id) const;
    // The name of the control the keyboard's focus ring is on (Dear ImGui's NavId, while its cursor is
    // shown), "" when there is none or it has no name.
    std::string focused() const;

private:
    std::unordered_map<std::string, ItemRect> rects_;
    std::unordered_map<std::uint32_t, std::string> names_; // ImGuiID of each named item → its name
};

} // namespace cw
