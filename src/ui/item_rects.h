// Where named controls were drawn in the last frame, so that the page (and its tests) can find them:
// window.campaignWidget.itemRect('draft-editor') clicks where a person would.
#pragma once

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
    void clear() { rects_.clear(); }
    // Records the rectangle of the last ImGui item under test_id.
    void record_last_item(std::string_view test_id);
    std::optional<ItemRect> find(std::string_view test_id) const;

private:
    std::unordered_map<std::string, ItemRect> rects_;
};

} // namespace cw
