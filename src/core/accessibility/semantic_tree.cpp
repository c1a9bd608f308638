#include "core/accessibility/semantic_tree.h"

#include <nlohmann/json.hpp>

#include <unordered_map>
#include <unordered_set>

namespace cw {

std::string_view aria_role(Role role)
{
    switch (role) {
    case Role::button: return "button";
    case Role::link: return "link";
    case Role::tab: return "tab";
    case Role::tablist: return "tablist";
    case Role::checkbox: return "checkbox";
    case Role::textbox: return "textbox";
    case Role::heading: return "heading";
    case Role::list: return "list";
    case Role::listitem: return "listitem";
    case Role::progressbar: return "progressbar";
    case Role::image: return "img";
    case Role::text: return "text";
    case Role::status: return "status";
    case Role::group: return "group";
    case Role::dialog: return "dialog";
    }
    return "text";
}

bool is_interactive(Role role)
{
    switch (role) {
    case Role::button:
    case Role::link:
    case Role::tab:
    case Role::checkbox:
    case Role::textbox: return true;
    default: return false;
    }
}

SemanticChanges diff_semantic_nodes(const std::vector<SemanticNode>& before, const std::vector<SemanticNode>& after)
{
    SemanticChanges changes;
    std::unordered_map<std::string_view, const SemanticNode*> previous;
    previous.reserve(before.size());
    for (const SemanticNode& node : before) previous.emplace(node.key, &node);

    std::unordered_set<std::string_view> kept;
    kept.reserve(after.size());
    bool added = false;
    for (std::size_t i = 0; i < after.size(); ++i) {
        const auto found = previous.find(after[i].key);
        if (found == previous.end()) {
            added = true;
            changes.changed.push_back(i);
            continue;
        }
        kept.insert(after[i].key);
        if (!(*found->second == after[i])) changes.changed.push_back(i);
    }
    for (const SemanticNode& node : before) {
        if (kept.count(node.key) == 0) changes.removed.push_back(node.key);
    }
    // The nodes in both frames: in the same order? (A node added anywhere also needs its place.)
    if (added) {
        changes.reordered = true;
    } else {
        std::size_t next = 0;
        for (const SemanticNode& node : before) {
            if (kept.count(node.key) == 0) continue;
            while (next < after.size() && kept.count(after[next].key) == 0) ++next;
            if (next >= after.size() || after[next].key != node.key) {
                changes.reordered = true;
                break;
            }
            ++next;
        }
    }
    return changes;
}

namespace {

void put_toggle(nlohmann::ordered_json& object, const char* field, Toggle state)
{
    if (state != Toggle::absent) object[field] = state == Toggle::on;
}

nlohmann::ordered_json node_json(const SemanticNode& node)
{
    nlohmann::ordered_json object = nlohmann::ordered_json::object();
    object["key"] = node.key;
    object["role"] = aria_role(node.role);
    object["name"] = node.name;
    if (!node.value.empty() || node.role == Role::textbox) object["value"] = node.value;
    if (!node.href.empty()) object["href"] = node.href;
    if (!node.parent.empty()) object["parent"] = node.parent;
    if (node.level > 0) object["level"] = node.level;
    put_toggle(object, "checked", node.checked);
    put_toggle(object, "selected", node.selected);
    put_toggle(object, "pressed", node.pressed);
    if (node.disabled) object["disabled"] = true;
    if (node.multiline) object["multiline"] = true;
    if (node.editing) object["editing"] = true;
    if (node.container) object["container"] = true;
    if (node.has_range) {
        object["now"] = node.value_now;
        object["min"] = node.value_min;
        object["max"] = node.value_max;
    }
    object["rect"] = {node.x, node.y, node.width, node.height};
    return object;
}

} // namespace

std::string semantic_changes_json(const SemanticChanges& changes, const std::vector<SemanticNode>& after)
{
    nlohmann::ordered_json out = nlohmann::ordered_json::object();
    out["removed"] = changes.removed;
    nlohmann::ordered_json nodes = nlohmann::ordered_json::array();
    for (const std::size_t i : changes.changed) nodes.push_back(node_json(after[i]));
    out["nodes"] = std::move(nodes);
    if (changes.reordered) {
        nlohmann::ordered_json order = nlohmann::ordered_json::array();
        for (const SemanticNode& node : after) order.push_back(node.key);
        out["order"] = std::move(order);
    }
    // Text from the person (a draft cut inside a character) must not stop the mirror: replace, not throw.
    return out.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

} // namespace cw
