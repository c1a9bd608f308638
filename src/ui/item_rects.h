// What was drawn in the last frame, declared once by the panels, serving three needs:
// - tests and the page: where a named control is (window.campaignWidget.itemRect('draft-editor') clicks
//   where a person would);
// - assistive technology: each control's role, accessible name and state (core/accessibility/semantic_tree.h), which
//   the platform mirrors into the DOM over the canvas;
// - the keyboard: which control has the focus ring, and requests from the mirror to focus or activate a
//   control (a screen reader's "activate", a focus moved in the DOM).
#pragma once

#include "core/accessibility/semantic_tree.h"

#include <imgui.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace cw {

class TextEditor;

struct ItemRect {
    float x = 0; // in CSS pixels, relative to the widget's canvas
    float y = 0;
    float width = 0;
    float height = 0;
};

class ItemRects {
public:
    // At the start of each frame: forgets the last frame's rectangles and nodes.
    void clear();

    // Records the rectangle of the last ImGui item under test_id.
    void record_last_item(std::string_view test_id);
    // Records a rectangle drawn without an item of its own (a mark in the text, the caret), in the same
    // coordinates. The first record of a name in a frame wins.
    void record(std::string_view test_id, float x, float y, float width, float height);

    // Records the last ImGui item under test_id, and declares it to assistive technology as node (whose
    // key, when empty, is test_id; its rectangle is the item's, cut to what is in view). nav_id: the ID
    // Dear ImGui's keyboard focus takes for it when that is not the item's own (a text field drawn in a
    // child window of its own); 0: the item's.
    void declare_last_item(std::string_view test_id, SemanticNode node, ImGuiID nav_id = 0);
    // Declares a node drawn without an item of its own (the window's title), its rectangle given.
    void declare(SemanticNode node);
    // Declares a node that groups the nodes declared until end_group() (a tablist, a list); its rectangle
    // is theirs together.
    void begin_group(SemanticNode node);
    void end_group();

    std::optional<ItemRect> find(std::string_view test_id) const;
    // The name of the control the keyboard's focus ring is on (Dear ImGui's NavId, while its cursor is
    // shown), "" when there is none or it has no name. The DOM's focus follows it onto the control's
    // element in the semantic mirror.
    std::string focused() const;

    // The text field being edited (the text agent stands in for it while it is): its key, and its editor
    // when it is one of the widget's own (the draft, the notes); a Dear ImGui number field has none.
    struct EditedField {
        std::string key;
        TextEditor* editor = nullptr;
    };
    void set_edited_field(std::string_view key, TextEditor* editor) { edited_field_ = EditedField{std::string(key), editor}; }
    const std::optional<EditedField>& edited_field() const { return edited_field_; }
    // The node of that key in the last frame, if any.
    const SemanticNode* node(std::string_view key) const;

    // The semantic tree of the last frame, in reading order.
    const std::vector<SemanticNode>& nodes() const { return nodes_; }

    // From the mirror: a person (or their screen reader) focused or activated the DOM element of a node.
    // Focus takes effect while the next frame draws the control; activation presses it in the next frame,
    // as Enter would.
    void request_focus(std::string_view key);
    void request_activation(std::string_view key);
    // Whether the last frame showed the focus where a request for key leaves it: on the control, or, for
    // a text field, in its editing.
    bool holds_focus(std::string_view key) const;

private:
    struct Control {
        ImGuiID nav_id = 0;
        bool text_field = false; // a text box: focusing it starts its editing
        bool own_editor = false; // drawn by the widget's own editor, in a child window of its own
    };
    void take_focus_request(const Control& control);

    std::unordered_map<std::string, ItemRect> rects_;
    std::unordered_map<std::uint32_t, std::string> names_; // ImGuiID of each named item → its name
    std::vector<SemanticNode> nodes_;
    std::unordered_map<std::string, Control> controls_;    // key → how Dear ImGui knows it
    std::vector<std::size_t> open_groups_;                 // nodes_ positions of begun groups
    std::optional<EditedField> edited_field_;
    std::string focus_request_;
    int focus_request_frames_left_ = 0;
};

} // namespace cw
