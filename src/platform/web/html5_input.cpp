#include "platform/web/html5_input.h"

#include "platform/web/frame_scheduler.h"

#include <emscripten/html5.h>
#include <imgui.h>

#include <cfloat>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

namespace cw::web {

namespace {

// KeyboardEvent.code names the physical key, whatever the keyboard layout; Dear ImGui's keys are
// physical keys too (its text input comes separately, from the characters typed).
ImGuiKey key_from_code(std::string_view code)
{
    struct Entry {
        const char* code;
        ImGuiKey key;
    };
    static constexpr Entry named_keys[] = {
        {"Tab", ImGuiKey_Tab}, {"ArrowLeft", ImGuiKey_LeftArrow}, {"ArrowRight", ImGuiKey_RightArrow},
        {"ArrowUp", ImGuiKey_UpArrow}, {"ArrowDown", ImGuiKey_DownArrow}, {"PageUp", ImGuiKey_PageUp},
        {"PageDown", ImGuiKey_PageDown}, {"Home", ImGuiKey_Home}, {"End", ImGuiKey_End},
        {"Insert", ImGuiKey_Insert}, {"Delete", ImGuiKey_Delete}, {"Backspace", ImGuiKey_Backspace},
        {"Space", ImGuiKey_Space}, {"Enter", ImGuiKey_Enter}, {"NumpadEnter", ImGuiKey_KeypadEnter},
        {"Escape", ImGuiKey_Escape}, {"ShiftLeft", ImGuiKey_LeftShift}, {"ShiftRight", ImGuiKey_RightShift},
        {"ControlLeft", ImGuiKey_LeftCtrl}, {"ControlRight", ImGuiKey_RightCtrl}, {"AltLeft", ImGuiKey_LeftAlt},
        {"AltRight", ImGuiKey_RightAlt}, {"MetaLeft", ImGuiKey_LeftSuper}, {"MetaRight", ImGuiKey_RightSuper},
        {"Minus", ImGuiKey_Minus}, {"Equal", ImGuiKey_Equal}, {"BracketLeft", ImGuiKey_LeftBracket},
        {"BracketRight", ImGuiKey_RightBracket}, {"Backslash", ImGuiKey_Backslash}, {"Semicolon", ImGuiKey_Semicolon},
        {"Quote", ImGuiKey_Apostrophe}, {"Backquote", ImGuiKey_GraveAccent}, {"Comma", ImGuiKey_Comma},
        {"Period", ImGuiKey_Period}, {"Slash", ImGuiKey_Slash},
    };
    for (const Entry& entry : named_keys) {
        if (code == entry.code) return entry.key;
    }
    if (code.size() == 4 && code.substr(0, 3) == "Key" && code[3] >= 'A' && code[3] <= 'Z') {
        return static_cast<ImGuiKey>(ImGuiKey_A + (code[3] - 'A'));
    }
    if (code.size() == 6 && code.substr(0, 5) == "Digit" && code[5] >= '0' && code[5] <= '9') {
        return static_cast<ImGuiKey>(ImGuiKey_0 + (code[5] - '0'));
    }
    if (code.size() >= 2 && code.size() <= 3 && code[0] == 'F') {
        const int number = std::atoi(std::string(code.substr(1)).c_str());
        if (number >= 1 && number <= 12) return static_cast<ImGuiKey>(ImGuiKey_F1 + (number - 1));
    }
    return ImGuiKey_None;
}

// DOM buttons: 0 left, 1 middle, 2 right. Dear ImGui: 0 left, 1 right, 2 middle.
int imgui_button(unsigned short dom_button)
{
    switch (dom_button) {
    case 0: return 0;
    case 1: return 2;
    case 2: return 1;
    default: return dom_button < ImGuiMouseButton_COUNT ? dom_button : -1;
    }
}

void add_modifiers(ImGuiIO& io, const EmscriptenKeyboardEvent& event)
{
    io.AddKeyEvent(ImGuiMod_Ctrl, event.ctrlKey);
    io.AddKeyEvent(ImGuiMod_Shift, event.shiftKey);
    io.AddKeyEvent(ImGuiMod_Alt, event.altKey);
    io.AddKeyEvent(ImGuiMod_Super, event.metaKey);
}

// A printable key's KeyboardEvent.key is the one character it types ("a", "Ａ", "关"); named keys are
// words ("Backspace", "Enter").
bool is_single_character(const char* key)
{
    const auto length = std::strlen(key);
    if (length == 0) return false;
    const auto lead = static_cast<unsigned char>(key[0]);
    const std::size_t expected = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    return length == expected;
}

EM_BOOL on_key(int event_type, const EmscriptenKeyboardEvent* event, void*)
{
    ImGuiIO& io = ImGui::GetIO();
    const bool down = event_type == EMSCRIPTEN_EVENT_KEYDOWN;
    add_modifiers(io, *event);
    const ImGuiKey key = key_from_code(event->code);
    if (key != ImGuiKey_None) io.AddKeyEvent(key, down);

    const bool shortcut = event->ctrlKey || event->metaKey;
    const bool types_text = down && !shortcut && is_single_character(event->key);
    if (types_text && io.WantTextInput) io.AddInputCharactersUTF8(event->key);
    request_frames();
    // Keep the browser's default (scrolling on Space, leaving with Tab) unless Dear ImGui is using keys.
    return (io.WantCaptureKeyboard || io.WantTextInput) ? EM_TRUE : EM_FALSE;
}

EM_BOOL on_mouse_move(int, const EmscriptenMouseEvent* event, void*)
{
    ImGui::GetIO().AddMousePosEvent(static_cast<float>(event->targetX), static_cast<float>(event->targetY));
    request_frames();
    return EM_FALSE;
}

EM_BOOL on_mouse_down(int, const EmscriptenMouseEvent* event, void*)
{
    ImGuiIO& io = ImGui::GetIO();
    io.AddMousePosEvent(static_cast<float>(event->targetX), static_cast<float>(event->targetY));
    const int button = imgui_button(event->button);
    if (button >= 0) io.AddMouseButtonEvent(button, true);
    request_frames();
    return EM_FALSE; // the default action focuses the canvas, which is what routes keys to the widget
}

EM_BOOL on_mouse_up(int, const EmscriptenMouseEvent* event, void*)
{
    ImGuiIO& io = ImGui::GetIO();
    const int button = imgui_button(event->button);
    if (button >= 0 && ImGui::IsMouseDown(button)) {
        io.AddMouseButtonEvent(button, false);
        request_frames();
    }
    return EM_FALSE;
}

EM_BOOL on_mouse_leave(int, const EmscriptenMouseEvent*, void*)
{
    if (!ImGui::IsAnyMouseDown()) {
        ImGui::GetIO().AddMousePosEvent(-FLT_MAX, -FLT_MAX);
        request_frames();
    }
    return EM_FALSE;
}

EM_BOOL on_wheel(int, const EmscriptenWheelEvent* event, void*)
{
    ImGuiIO& io = ImGui::GetIO();
    // deltaMode 0 is pixels (about 100 per notch in Chromium), 1 lines, 2 pages.
    const float scale = event->deltaMode == DOM_DELTA_PIXEL ? 1.0f / 100.0f : event->deltaMode == DOM_DELTA_LINE ? 1.0f / 3.0f : 1.0f;
    io.AddMouseWheelEvent(static_cast<float>(-event->deltaX) * scale, static_cast<float>(-event->deltaY) * scale);
    request_frames();
    // Where Dear ImGui does not want the wheel, the page scrolls as usual.
    return io.WantCaptureMouse ? EM_TRUE : EM_FALSE;
}

EM_BOOL on_focus(int event_type, const EmscriptenFocusEvent*, void*)
{
    ImGui::GetIO().AddFocusEvent(event_type == EMSCRIPTEN_EVENT_FOCUS);
    request_frames();
    return EM_FALSE;
}

} // namespace

void install_input_callbacks(const std::string& canvas_selector)
{
    const char* canvas = canvas_selector.c_str();
    emscripten_set_keydown_callback(canvas, nullptr, false, on_key);
    emscripten_set_keyup_callback(canvas, nullptr, false, on_key);
    emscripten_set_mousemove_callback(canvas, nullptr, false, on_mouse_move);
    emscripten_set_mousedown_callback(canvas, nullptr, false, on_mouse_down);
    emscripten_set_mouseup_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, false, on_mouse_up);
    emscripten_set_mouseleave_callback(canvas, nullptr, false, on_mouse_leave);
    emscripten_set_wheel_callback(canvas, nullptr, false, on_wheel);
    emscripten_set_focus_callback(canvas, nullptr, false, on_focus);
    emscripten_set_blur_callback(canvas, nullptr, false, on_focus);
}

} // namespace cw::web
