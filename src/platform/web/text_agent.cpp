#include "platform/web/text_agent.h"

#include "platform/web/clipboard.h"
#include "core/text/text_boundaries.h"
#include "core/text/utf8.h"
#include "platform/web/frame_scheduler.h"

#include <emscripten.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>

namespace cw::web {
namespace {
// The agent holds the edited field's text, or of a long text only a window of it around the selection:
// a 5 MB draft sent to the textarea at each key held every key for half a second (the browser decodes
// it and lays the textarea out anew), while a screen reader reads around the caret.
constexpr std::size_t kWholeTextBytes = 64 * 1024; // up to this, the agent holds the whole text
constexpr std::size_t kWindowMargin = 16 * 1024;   // else this much on each side of the selection

struct AgentWindow {
    std::size_t start = 0; // in bytes of the field's text
    std::size_t end = 0;
};
AgentWindow window;

// A byte offset into the edited field's text from an offset in UTF-16 units into the agent's window.
std::size_t field_offset(const TextEditor& editor, int utf16_offset)
{
    const std::string_view text = std::string_view(editor.text()).substr(0, window.end);
    return window.start + byte_offset_of_utf16(text.substr(std::min(window.start, text.size())),
                                               static_cast<std::size_t>(std::max(0, utf16_offset)));
}
} // namespace
} // namespace cw::web

extern "C" {
// js/text_agent.js
void cw_text_agent_install(const char* canvas_selector);
void cw_text_agent_sync(int want_text_input, float caret_x, float caret_y, float line_height);
void cw_text_agent_describe(const char* name, const char* value, int value_changed, int selection_start,
                            int selection_end, int backward);
void cw_text_agent_focus_canvas();
int cw_text_agent_composing();

EMSCRIPTEN_KEEPALIVE void cw_text_typed(const char* text)
{
    ImGui::GetIO().AddInputCharactersUTF8(text);
    cw::web::request_frames();
}

EMSCRIPTEN_KEEPALIVE void cw_text_composing(const char* text)
{
    cw::web::composition_changed(text);
    cw::web::request_frames();
}

// The agent's selection was changed from outside the widget's keys (a screen reader, a script's select()):
// the field's selection follows, before what is typed next. Offsets in UTF-16 units, as the browser's.
EMSCRIPTEN_KEEPALIVE void cw_text_agent_selected(int start, int end)
{
    cw::TextEditor* editor = cw::web::edited_editor();
    if (editor == nullptr) return;
    editor->select(cw::web::field_offset(*editor, start), cw::web::field_offset(*editor, end));
    cw::web::request_frames();
}

// The agent's text was changed otherwise than by typing (a screen reader's edit, autocorrect, a phone
// keyboard's deletion, a script filling it): the field takes the same replacement, as one undoable step.
EMSCRIPTEN_KEEPALIVE void cw_text_agent_replaced(int start, int end, const char* text)
{
    cw::TextEditor* editor = cw::web::edited_editor();
    if (editor == nullptr) return;
    editor->replace(cw::web::field_offset(*editor, start), cw::web::field_offset(*editor, end), text);
    cw::web::request_frames();
}

EMSCRIPTEN_KEEPALIVE void cw_text_pasted(const char* text)
{
    cw::web::paste_text(text);
}

EMSCRIPTEN_KEEPALIVE void cw_widget_focus_changed(int focused)
{
    // Text typed just before the focus moved on may still wait in Dear ImGui's input queue: take it in
    // now, so the last keystroke reaches the draft before the edit ends.
    if (!focused && !ImGui::GetCurrentContext()->InputEventsQueue.empty()) cw::web::draw_frame_now();
    ImGui::GetIO().AddFocusEvent(focused != 0);
    // Leaving the widget ends the text edit, as leaving any text field does: no caret stays behind.
    if (!focused && ImGui::GetCurrentContext() != nullptr) ImGui::ClearActiveID();
    cw::web::request_frames();
}
}

namespace cw::web {

namespace {
ImGuiPlatformImeData ime_data;
CompositionListener composition_listener;
Widget* widget = nullptr;

// What the agent was last told of the edited field, so that the text crosses to it only when it changed.
struct DescribedField {
    std::string key;
    std::uint64_t revision = 0;
    std::string value; // a Dear ImGui field's text (it has no revision)
    std::size_t caret = 0;  // the editor's selection in bytes, and the same in UTF-16 units of the
    std::size_t anchor = 0; // window: counted again only when it moved
    std::size_t caret16 = 0;
    std::size_t anchor16 = 0;
    bool any = false;
};
DescribedField described;

void describe_edited_field()
{
    const std::optional<ItemRects::EditedField>& field = widget != nullptr ? widget->item_rects().edited_field()
                                                                           : std::nullopt;
    const SemanticNode* node = field ? widget->item_rects().node(field->key) : nullptr;
    if (node == nullptr) {
        if (described.any) cw_text_agent_describe("", "", 1, 0, 0, 0);
        described = {};
        return;
    }
    if (const TextEditor* editor = field->editor) {
        const std::string& text = editor->text();
        const bool same_text = described.any && described.key == field->key && described.revision == editor->revision();
        AgentWindow shown{0, text.size()};
        if (text.size() > kWholeTextBytes) {
            const std::size_t from = std::min(editor->caret(), editor->anchor());
            const std::size_t to = std::max(editor->caret(), editor->anchor());
            shown.start = code_point_floor(text, from > kWindowMargin ? from - kWindowMargin : 0);
            shown.end = code_point_floor(text, std::min(text.size(), to + kWindowMargin));
        }
        // The same window of the same text keeps the agent's value; a window that moves is sent anew.
        const bool same_value = same_text && shown.start == window.start && shown.end == window.end;
        window = shown;
        const std::string_view value = std::string_view(text).substr(shown.start, shown.end - shown.start);
        if (!same_value || described.caret != editor->caret() || described.anchor != editor->anchor()) {
            described.caret16 = utf16_offset_of(value, editor->caret() - shown.start);
            described.anchor16 = editor->anchor() == editor->caret() ? described.caret16
                                                                     : utf16_offset_of(value, editor->anchor() - shown.start);
        }
        const std::size_t caret = described.caret16;
        const std::size_t anchor = described.anchor16;
        cw_text_agent_describe(node->name.c_str(), same_value ? "" : std::string(value).c_str(), same_value ? 0 : 1,
                               static_cast<int>(std::min(caret, anchor)), static_cast<int>(std::max(caret, anchor)),
                               anchor > caret ? 1 : 0);
        described = {field->key, editor->revision(), {}, editor->caret(), editor->anchor(), caret, anchor, true};
        return;
    }
    // A Dear ImGui field: its text, the caret at its end.
    const bool changed = !described.any || described.key != field->key || described.value != node->value;
    const int end = static_cast<int>(utf16_offset_of(node->value, node->value.size()));
    cw_text_agent_describe(node->name.c_str(), node->value.c_str(), changed ? 1 : 0, end, end, 0);
    described = {field->key, 0, node->value, 0, 0, 0, 0, true};
}

void on_set_ime_data(ImGuiContext*, ImGuiViewport*, ImGuiPlatformImeData* data)
{
    ime_data = *data;
}
} // namespace

TextEditor* edited_editor()
{
    if (widget == nullptr) return nullptr;
    const std::optional<ItemRects::EditedField>& field = widget->item_rects().edited_field();
    return field ? field->editor : nullptr;
}

std::string install_text_agent(const std::string& canvas_selector, Widget& shown)
{
    widget = &shown;
    cw_text_agent_install(canvas_selector.c_str());
    ImGui::GetPlatformIO().Platform_SetImeDataFn = on_set_ime_data;
    return canvas_selector + "-text-agent";
}

void sync_text_agent()
{
    cw_text_agent_sync(text_input_wanted() ? 1 : 0, ime_data.InputPos.x, ime_data.InputPos.y,
                       ime_data.InputLineHeight > 0 ? ime_data.InputLineHeight : 16.0f);
    describe_edited_field();
}

void on_composition(CompositionListener listener)
{
    composition_listener = std::move(listener);
}

void composition_changed(const char* text)
{
    if (composition_listener) composition_listener(text);
}

void focus_canvas()
{
    cw_text_agent_focus_canvas();
}

bool text_input_wanted()
{
    return ime_data.WantTextInput;
}

bool text_agent_composing()
{
    return cw_text_agent_composing() != 0;
}

} // namespace cw::web
