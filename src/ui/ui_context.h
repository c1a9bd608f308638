// What every panel needs to draw: the campaign, the language (the UI's texts are the catalogue's), the
// theme, and where to record named controls for the page's itemRect(). Built by the Widget each frame.
#pragma once

#include "core/campaign/campaign.h"
#include "core/i18n/catalogue.h"
#include "core/i18n/language.h"
#include "ui/item_rects.h"
#include "ui/text_editor.h"
#include "ui/theme.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

namespace cw {

// A text field's text as its mirror element holds it while the field is not edited: the whole text up to
// 256 KB, cut at a character past that with "…". A draft of megabytes (over what is checked) would
// otherwise be copied and compared each frame and sent whole at each change (the 5 MB paste drill's
// frames went over 200 ms); the text agent holds the whole text while the field is edited.
inline std::string mirrored_text(const std::string& text)
{
    constexpr std::size_t kLimit = 256 * 1024;
    if (text.size() <= kLimit) return text;
    std::size_t end = kLimit;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
    return text.substr(0, end) + "…";
}

struct UiContext {
    const Campaign& campaign;
    Language language;
    const Theme& theme;
    ItemRects& item_rects;
    // The input method's composition, not yet committed: drawn at the caret of the active text field.
    std::string_view composition = {};
    // Counts the changes made to the progress other than through the panels' own fields (the page's API,
    // a restored state, the text view): a text field compares its text with the progress's only when
    // this moves (TextEditor::draw).
    std::uint64_t outside_changes = 0;

    // The UI's own text for key (assets/i18n/*.json).
    const char* tr(std::string_view key) const { return catalogue().get(key, language); }
    // A campaign text in the chosen language.
    const std::string& text(const LocalizedText& localized) const { return localized.text(language); }
    // Names the last ImGui item for itemRect(test_id).
    void name_item(std::string_view test_id) const { item_rects.record_last_item(test_id); }
    // Names the last ImGui item for itemRect(test_id) and declares it to assistive technology: its role,
    // accessible name and state (node.key defaults to test_id). nav_id: see ItemRects::declare_last_item.
    void declare_item(std::string_view test_id, SemanticNode node, ImGuiID nav_id = 0) const
    {
        item_rects.declare_last_item(test_id, std::move(node), nav_id);
    }
    void declare(SemanticNode node) const { item_rects.declare(std::move(node)); }
    // Declares the last item as a text field (role textbox); while node.editing, it is the field the text
    // agent stands in for. editor: the widget's own editor that drew it, nullptr for a Dear ImGui field.
    void declare_text_field(std::string_view test_id, SemanticNode node, TextEditor* editor) const
    {
        const bool editing = node.editing;
        // While the widget's own editor is edited, the text agent holds its text for assistive technology
        // (taken from the editor); the node leaves it out, so a keystroke changes nothing in the mirror
        // and a long draft is not copied each frame.
        if (editing && editor != nullptr) node.value.clear();
        item_rects.declare_last_item(test_id, std::move(node), editor != nullptr ? editor->item_id() : 0);
        if (editing) item_rects.set_edited_field(test_id, editor);
    }
    // Declares a list or a tablist around the nodes declared until end_group().
    void begin_group(SemanticNode node) const { item_rects.begin_group(std::move(node)); }
    void end_group() const { item_rects.end_group(); }
    // Names a rectangle in screen coordinates that is not an item (a mark in the text, the caret).
    void name_rect(std::string_view test_id, const ImRect& rect) const
    {
        item_rects.record(test_id, rect.Min.x, rect.Min.y, rect.GetWidth(), rect.GetHeight());
    }
};

} // namespace cw
