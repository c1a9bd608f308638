#include "ui/item_rects.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>

namespace cw {

void ItemRects::clear()
{
    rects_.clear();
    names_.clear();
    nodes_.clear();
    controls_.clear();
    open_groups_.clear();
    edited_field_.reset();
    // A focus request is for the frame after it came; a control that is no longer drawn drops it.
    if (!focus_request_.empty() && focus_request_frames_left_-- <= 0) focus_request_.clear();
}

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

void ItemRects::declare_last_item(std::string_view test_id, SemanticNode node, ImGuiID nav_id)
{
    record_last_item(test_id);
    if (node.key.empty()) node.key = test_id;
    // What is scrolled out of its panel has no place on screen: the DOM element gets no size there (a
    // screen reader still finds it, and focusing it scrolls it into view).
    ImRect visible(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    visible.ClipWithFull(ImGui::GetCurrentWindow()->ClipRect);
    if (visible.GetWidth() > 0 && visible.GetHeight() > 0) {
        node.x = visible.Min.x;
        node.y = visible.Min.y;
        node.width = visible.GetWidth();
        node.height = visible.GetHeight();
    } else {
        node.x = visible.Min.x;
        node.y = visible.Min.y;
        node.width = node.height = 0;
    }
    if (!open_groups_.empty()) node.parent = nodes_[open_groups_.back()].key;
    if (is_interactive(node.role)) {
        const Control control{nav_id != 0 ? nav_id : ImGui::GetItemID(), node.role == Role::textbox, nav_id != 0};
        if (control.nav_id != 0) {
            if (nav_id != 0) names_[nav_id] = test_id;
            controls_[node.key] = control;
            if (focus_request_ == node.key) take_focus_request(control);
        }
    }
    nodes_.push_back(std::move(node));
}

void ItemRects::declare(SemanticNode node)
{
    if (!open_groups_.empty()) node.parent = nodes_[open_groups_.back()].key;
    nodes_.push_back(std::move(node));
}

void ItemRects::begin_group(SemanticNode node)
{
    if (!open_groups_.empty()) node.parent = nodes_[open_groups_.back()].key;
    node.width = node.height = 0;
    node.container = true;
    open_groups_.push_back(nodes_.size());
    nodes_.push_back(std::move(node));
}

void ItemRects::end_group()
{
    if (open_groups_.empty()) return;
    const std::size_t group = open_groups_.back();
    open_groups_.pop_back();
    // The group's rectangle holds its members' (those with a place on screen).
    ImRect box(FLT_MAX, FLT_MAX, -FLT_MAX, -FLT_MAX);
    for (std::size_t i = group + 1; i < nodes_.size(); ++i) {
        const SemanticNode& member = nodes_[i];
        if (member.width <= 0 || member.height <= 0) continue;
        box.Add(ImRect(member.x, member.y, member.x + member.width, member.y + member.height));
    }
    if (box.Min.x <= box.Max.x) {
        nodes_[group].x = box.Min.x;
        nodes_[group].y = box.Min.y;
        nodes_[group].width = box.GetWidth();
        nodes_[group].height = box.GetHeight();
    }
}

const SemanticNode* ItemRects::node(std::string_view key) const
{
    for (const SemanticNode& candidate : nodes_) {
        if (candidate.key == key) return &candidate;
    }
    return nullptr;
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

void ItemRects::request_focus(std::string_view key)
{
    focus_request_ = key;
    focus_request_frames_left_ = 2;
}

void ItemRects::request_activation(std::string_view key)
{
    const auto found = controls_.find(std::string(key));
    if (found == controls_.end()) return;
    // Pressed in the next frame as Enter on the focused control would press it; a text field takes the
    // activation as the start of editing.
    ImGui::ActivateItemByID(found->second.nav_id);
    if (!found->second.own_editor) request_focus(key);
}

bool ItemRects::holds_focus(std::string_view key) const
{
    const auto found = controls_.find(std::string(key));
    if (found == controls_.end()) return false;
    if (found->second.text_field) return edited_field_ && edited_field_->key == key;
    return focused() == key;
}

void ItemRects::take_focus_request(const Control& control)
{
    focus_request_.clear();
    if (control.own_editor) {
        // Focusing a text field starts editing it, as Tab does (the text agent then holds the focus).
        ImGui::ActivateItemByID(control.nav_id);
        return;
    }
    ImGuiContext& g = *ImGui::GetCurrentContext();
    // A focus moved to another control ends the edit of a text field, as leaving any text field does
    // (else the edited field's text agent would take the DOM's focus back).
    if (g.ActiveId != 0 && g.ActiveId != control.nav_id) ImGui::ClearActiveID();
    // Moved at once, on the item just declared, rather than by Dear ImGui's FocusItem(), whose request
    // waits for the next frame: the control focused until now, drawn later in this frame in a child
    // window of its own (the draft's column), takes the navigation window back and drops that request.
    ImGui::SetFocusID(control.nav_id, g.CurrentWindow);
    ImGui::ScrollToItem(); // into view, as a focused element is
    ImGui::SetNavCursorVisible(true);
    if (control.text_field) {
        // A Dear ImGui text field (a number) starts editing in the next frame, its text selected, as Tab
        // into it does: what is typed replaces it.
        ImGui::ActivateItemByID(control.nav_id);
        g.NavNextActivateFlags = ImGuiActivateFlags_PreferInput | ImGuiActivateFlags_FromTabbing;
    }
}

} // namespace cw
