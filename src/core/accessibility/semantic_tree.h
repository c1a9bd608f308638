// What the widget draws, as assistive technology needs it: each control's role, accessible name (in the
// UI's language), state and rectangle, in reading order. The UI declares these nodes every frame
// (ui/item_rects.h); the web platform keeps a matching tree of transparent DOM elements over the canvas
// (the semantic mirror), as Flutter's web engine keeps its semantics tree over its canvas.
//
// Only differences reach the DOM: diff_semantic_nodes() compares the tree last sent with this frame's,
// and semantic_changes_json() writes just the nodes that changed.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cw {

// The WAI-ARIA roles the widget uses.
enum class Role : std::uint8_t {
    button,
    link,
    tab,
    tablist,
    checkbox,
    textbox,
    heading,
    list,
    listitem,
    progressbar,
    image,
    text,   // plain text a screen reader reads in order (a paragraph, a hint)
    status, // text that changes and is announced (a notice)
    group,  // a popover's content
    dialog, // a panel over the widget that a button opened (About)
};

// The role's WAI-ARIA name ("button", "tablist").
std::string_view aria_role(Role role);

// Whether a person can focus and operate a node of this role (the keyboard's stops).
bool is_interactive(Role role);

// A state a control may have or not: a checkbox's checked, a tab's selected, a toggle's pressed.
enum class Toggle : std::uint8_t { absent, off, on };

inline Toggle toggle(bool on) { return on ? Toggle::on : Toggle::off; }

struct SemanticNode {
    std::string key;   // unique in a frame: the control's itemRect name, or one made for it
    Role role = Role::text;
    std::string name;  // the accessible name, in the UI's language
    std::string value; // a text field's text, a progress bar's or a number field's value as text
    std::string href;  // a link's address
    std::string parent; // the key of the node it belongs to (a tab's tablist, a list item's list), "" for none
    int level = 0;      // a heading's level
    Toggle checked = Toggle::absent;
    Toggle selected = Toggle::absent;
    Toggle pressed = Toggle::absent;
    bool disabled = false;
    bool multiline = false; // a text field of several lines
    bool editing = false;   // a text field being edited now (the text agent stands in for it)
    bool container = false; // holds the nodes whose parent it is (a list, a tablist, a list item of parts)
    // A progress bar's or number field's value as a number, when it has a range.
    bool has_range = false;
    double value_now = 0;
    double value_min = 0;
    double value_max = 0;
    // Where it is drawn, in CSS pixels relative to the canvas; zero size when scrolled out of view.
    float x = 0;
    float y = 0;
    float width = 0;
    float height = 0;

    bool operator==(const SemanticNode&) const = default;
};

// What changed from one frame's nodes to the next: the keys of nodes gone, the positions (in after) of
// nodes new or changed, and whether the order of the nodes kept differs (the DOM then moves them).
struct SemanticChanges {
    std::vector<std::string> removed;
    std::vector<std::size_t> changed;
    bool reordered = false;

    bool empty() const { return removed.empty() && changed.empty() && !reordered; }
};

SemanticChanges diff_semantic_nodes(const std::vector<SemanticNode>& before, const std::vector<SemanticNode>& after);

// The changes as JSON for the platform:
//   {"removed": [key…], "nodes": [{"key", "role", "name", …only the fields that are set}],
//    "order": [every key, in reading order] (only when reordered or a node was added)}
std::string semantic_changes_json(const SemanticChanges& changes, const std::vector<SemanticNode>& after);

} // namespace cw
