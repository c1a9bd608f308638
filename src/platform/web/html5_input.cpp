#include "platform/web/html5_input.h"

#include "core/text/utf8.h"
#include "platform/web/frame_scheduler.h"
#include "platform/web/keyboard_modifiers.h"
#include "platform/web/text_agent.h"

#include <emscripten.h>
#include <emscripten/eventloop.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

namespace cw::web {

namespace {

// A finger on the canvas: a tap presses where it is; once it moves further than kTouchSlop it drags,
// which scrolls instead of pressing.
constexpr float kTouchSlop = 8.0f; // CSS pixels
struct Touch {
    bool active = false;
    long identifier = 0;
    float start_x = 0;
    float start_y = 0;
    float last_x = 0;
    float last_y = 0;
    bool dragging = false;
    bool long_press = false; // held still for kLongPressMs: the finger now selects text instead of scrolling
    double start_ms = 0;     // the touchstart event's own timestamp
};
Touch touch;
constexpr double kLongPressMs = 500;
int touch_sequence = 0; // tells a long-press timer whether its touch is still the one on the canvas

bool mouse_pressed_on_canvas = false;

// html5.h has no getBoundingClientRect; window-level mouse events need it to map into the canvas.
EM_JS(void, canvas_origin, (const char* selector, float* x, float* y), {
    const box = Module.element(UTF8ToString(selector)).getBoundingClientRect();
    HEAPF32[x >> 2] = box.left;
    HEAPF32[y >> 2] = box.top;
});
std::string canvas;

// Whatever of the widget has the focus (the canvas, the text agent, an element of the semantic mirror)
// lets go of it.
EM_JS(void, blur_element, (const char* selector), {
    const canvas = Module.element(UTF8ToString(selector));
    const active = canvas.getRootNode().activeElement;
    if (active && canvas.parentNode.contains(active)) active.blur();
    else canvas.blur();
});

// The element around the canvas and everything over it (the text agent, the semantic mirror's layer):
// a press on the mirror's element of a control is a press on the canvas at that point.
EM_JS(void, register_canvas_frame, (const char* canvas_selector, const char* frame_name), {
    const canvas = Module.element(UTF8ToString(canvas_selector));
    Module.registerElement(UTF8ToString(frame_name), canvas.parentElement || canvas);
});

void blur_widget()
{
    blur_element(canvas.c_str());
}

// Tab and Shift+Tab move the keyboard's focus through the widget's controls in reading order (Dear
// ImGui's tabbing). Past the last control (Shift+Tab: before the first) Dear ImGui would wrap around;
// the widget lets the browser move on to the page's next element instead, as Tab does between a
// page's fields, so a keyboard user is never trapped in it. Coming back, Tab starts at the first
// control and Shift+Tab at the last.
//
// Dear ImGui scores a tabbing request during the frame that sees the key and applies it in the next
// one; the frame of the key runs inside the keydown, and its scoring tells whether the request found a
// next control or is about to wrap.
bool tabbing_would_wrap()
{
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    if (!g.NavMoveSubmitted || (g.NavMoveFlags & ImGuiNavMoveFlags_IsTabbing) == 0) return false;
    // Not yet moving through the controls (just come from the page, or after a click): Tab shows the
    // focus on the current control, Shift+Tab goes to the previous one or round to the last.
    if (g.NavId == 0 || !g.NavCursorVisible) return false;
    if (g.NavTabbingDir > 0) return g.NavMoveResultLocal.ID == 0 && g.NavMoveResultOther.ID == 0;
    // Backward, scoring stops at the focused control once a control before it was found; still
    // scoring at the frame's end means the focused control was the first one.
    if (g.NavTabbingDir < 0) return g.NavMoveScoringItems;
    return false;
}

// Whether the last frame showed a window over the widget's own (a finding's popover over the draft):
// Escape closes that first, as it closes Dear ImGui's popups, and only the next Escape leaves.
bool popover_shown()
{
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    int shown = 0;
    for (const ImGuiWindow* window : g.Windows) {
        if (!window->WasActive || window->ParentWindow != nullptr || window->IsFallbackWindow) continue;
        if ((window->Flags & ImGuiWindowFlags_Tooltip) != 0) continue;
        ++shown;
    }
    return shown > 1; // the widget's window, and one over it
}

// Forgets the keyboard's focus, so that Tab coming back from the page starts at an end.
void forget_keyboard_focus()
{
    ImGuiContext& g = *ImGui::GetCurrentContext();
    ImGui::NavMoveRequestCancel();
    // The same focus scope: tabbing only visits the controls of the scope it starts in.
    if (g.NavWindow != nullptr) ImGui::SetNavID(0, ImGuiNavLayer_Main, g.NavFocusScopeId, ImRect());
    g.NavCursorVisible = false;
    if (g.ActiveId != 0) ImGui::ClearActiveID();
}

// KeyboardEvent.code names the physical key, whatever the keyboard layout; Dear ImGui's keys are
// physical keys too (its text comes separately, from the characters typed).
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

// A printable key's KeyboardEvent.key is the one character it types ("a", "Ａ"); named keys are words
// ("Backspace", "Enter").
bool is_single_character(const char* key)
{
    return decode_code_points(key).size() == 1;
}

constexpr unsigned long kImeProcessingKeyCode = 229; // a key the input method is using

EM_BOOL on_key(int event_type, const EmscriptenKeyboardEvent* event, void* user_data)
{
    const bool from_text_agent = user_data != nullptr;
    // While an input method composes, its keys belong to it; the text arrives when it is committed.
    if (event->keyCode == kImeProcessingKeyCode || text_agent_composing()) return EM_FALSE;

    ImGuiIO& io = ImGui::GetIO();
    const bool down = event_type == EMSCRIPTEN_EVENT_KEYDOWN;
    set_keyboard_modifiers({event->ctrlKey != 0, event->shiftKey != 0, event->altKey != 0, event->metaKey != 0});

    const bool shortcut = event->ctrlKey || event->metaKey;
    const bool printable = is_single_character(event->key);
    const ImGuiKey key = key_from_code(event->code);
    if (shortcut && key == ImGuiKey_V) {
        // Paste: Dear ImGui gets the shortcut with the text of the paste event that follows this key.
        return EM_FALSE;
    }
    if (key != ImGuiKey_None) io.AddKeyEvent(key, down);

    if (down && shortcut && (key == ImGuiKey_C || key == ImGuiKey_X)) {
        // Copy and cut: handled now, inside the person's key event, so the clipboard write is allowed;
        // the browser's own copy event that follows carries the text (js/clipboard.js).
        draw_frame_now();
        return EM_FALSE;
    }
    if (down && key == ImGuiKey_Tab && !shortcut && !event->altKey) {
        draw_frame_now(); // Dear ImGui scores the tabbing request now, inside the key event
        if (tabbing_would_wrap()) {
            forget_keyboard_focus();
            // From the canvas, the browser's Tab goes on to the page's next element; from an element of
            // the semantic mirror (not in the Tab sequence itself) it would come back to the canvas.
            focus_canvas();
            io.AddKeyEvent(ImGuiKey_Tab, false); // its keyup goes to the page's next element, not here
            request_frames();
            return EM_FALSE; // the browser's default: focus moves on to the page
        }
        request_frames();
        return EM_TRUE; // focus stays in the widget, on the next control
    }
    request_frames();

    if (from_text_agent) {
        // Typed characters arrive through the textarea's input event; everything else (Enter, Tab,
        // Backspace, arrows, Ctrl+A...) is Dear ImGui's alone and must not edit the textarea too.
        return (printable && !shortcut) ? EM_FALSE : EM_TRUE;
    }
    if (down && key == ImGuiKey_Escape && !text_input_wanted() && !ImGui::IsAnyItemActive() &&
        ImGui::GetCurrentContext()->OpenPopupStack.Size == 0 && !popover_shown()) {
        // Escape with nothing being edited and no popup open (Dear ImGui closes that first) leaves the
        // widget, so keyboard users can get back to the page.
        forget_keyboard_focus();
        blur_widget();
        return EM_TRUE;
    }
    if (down && printable && !shortcut && text_input_wanted()) io.AddInputCharactersUTF8(event->key);
    // On the canvas, keep the browser's default (scrolling on Space, leaving with Tab) unless Dear ImGui
    // is using the keyboard.
    return (io.WantCaptureKeyboard || text_input_wanted()) ? EM_TRUE : EM_FALSE;
}

void add_mouse_position(float x, float y)
{
    ImGuiIO& io = ImGui::GetIO();
    io.AddMouseSourceEvent(ImGuiMouseSource_Mouse);
    io.AddMousePosEvent(x, y);
}

EM_BOOL on_mouse_move(int, const EmscriptenMouseEvent* event, void*)
{
    if (mouse_pressed_on_canvas) return EM_FALSE; // the window listener follows a held press
    add_mouse_position(static_cast<float>(event->targetX), static_cast<float>(event->targetY));
    request_frames();
    return EM_FALSE;
}

EM_BOOL on_window_mouse_move(int, const EmscriptenMouseEvent* event, void*)
{
    if (!mouse_pressed_on_canvas) return EM_FALSE;
    float left = 0;
    float top = 0;
    canvas_origin(canvas.c_str(), &left, &top);
    add_mouse_position(static_cast<float>(event->clientX) - left, static_cast<float>(event->clientY) - top);
    request_frames();
    return EM_FALSE;
}

EM_BOOL on_mouse_down(int, const EmscriptenMouseEvent* event, void*)
{
    ImGuiIO& io = ImGui::GetIO();
    const ImVec2 position(static_cast<float>(event->targetX), static_cast<float>(event->targetY));
    add_mouse_position(position.x, position.y);
    if (io.MousePos.x != position.x || io.MousePos.y != position.y) {
        // A press where no frame has seen the pointer yet (a quick pen or scripted click): draw the hover
        // first, as a moving mouse would have, because some controls (tabs) only take a press on an item
        // that was hovered in the previous frame.
        draw_frame_now();
    }
    const int button = imgui_button(event->button);
    if (button >= 0) io.AddMouseButtonEvent(button, true);
    mouse_pressed_on_canvas = true;
    // The press's default action would focus the canvas after us, taking focus away from the text agent
    // that this very press may activate; so focus is set here, and the frame runs now, inside the press.
    focus_canvas();
    draw_frame_now();
    return EM_TRUE;
}

EM_BOOL on_mouse_up(int, const EmscriptenMouseEvent* event, void*)
{
    const int button = imgui_button(event->button);
    if (!mouse_pressed_on_canvas || button < 0) return EM_FALSE;
    ImGui::GetIO().AddMouseButtonEvent(button, false);
    mouse_pressed_on_canvas = false;
    for (int other = 0; other < ImGuiMouseButton_COUNT; ++other) {
        if (other != button && ImGui::IsMouseDown(other)) mouse_pressed_on_canvas = true;
    }
    draw_frame_now(); // a click on a copy button writes the clipboard inside this event
    return EM_FALSE;
}

EM_BOOL on_mouse_leave(int, const EmscriptenMouseEvent*, void*)
{
    if (!mouse_pressed_on_canvas) {
        ImGui::GetIO().AddMousePosEvent(-FLT_MAX, -FLT_MAX);
        request_frames();
    }
    return EM_FALSE;
}

// Whether a wheel step would scroll something in the widget: the hovered window or one of its parents
// (Dear ImGui hands the wheel on to the parent when a window cannot scroll), or a control that takes
// the wheel itself (a slider being dragged, an open popup).
bool wheel_scrolls_widget(double delta_x, double delta_y)
{
    const ImGuiContext& context = *ImGui::GetCurrentContext();
    if (!ImGui::GetIO().WantCaptureMouse) return false;
    if (context.ActiveId != 0 || context.OpenPopupStack.Size > 0) return true;
    for (const ImGuiWindow* window = context.HoveredWindow; window != nullptr; window = window->ParentWindow) {
        const bool can_scroll_y = (delta_y > 0 && window->Scroll.y < window->ScrollMax.y) || (delta_y < 0 && window->Scroll.y > 0);
        const bool can_scroll_x = (delta_x > 0 && window->Scroll.x < window->ScrollMax.x) || (delta_x < 0 && window->Scroll.x > 0);
        if (can_scroll_y || can_scroll_x) return true;
    }
    return false;
}

EM_BOOL on_wheel(int, const EmscriptenWheelEvent* event, void*)
{
    ImGuiIO& io = ImGui::GetIO();
    // deltaMode 0 is pixels (about 100 per notch in Chromium), 1 lines, 2 pages.
    const float scale = event->deltaMode == DOM_DELTA_PIXEL ? 1.0f / 100.0f
                        : event->deltaMode == DOM_DELTA_LINE ? 1.0f / 3.0f
                                                            : 1.0f;
    io.AddMouseWheelEvent(static_cast<float>(-event->deltaX) * scale, static_cast<float>(-event->deltaY) * scale);
    request_frames();
    // Where nothing under the pointer can scroll that way, the page scrolls as usual: an embedded widget
    // must not trap the reader's wheel.
    return wheel_scrolls_widget(event->deltaX, event->deltaY) ? EM_TRUE : EM_FALSE;
}

const EmscriptenTouchPoint* find_touch(const EmscriptenTouchEvent& event, long identifier)
{
    for (int i = 0; i < event.numTouches; ++i) {
        if (event.touches[i].identifier == identifier) return &event.touches[i];
    }
    return nullptr;
}

EM_BOOL on_touch_start(int, const EmscriptenTouchEvent* event, void*)
{
    if (touch.active) return EM_TRUE; // one finger drives the widget; a second one is ignored
    const EmscriptenTouchPoint* point = nullptr;
    for (int i = 0; i < event->numTouches && point == nullptr; ++i) {
        if (event->touches[i].isChanged) point = &event->touches[i];
    }
    if (point == nullptr) return EM_TRUE;
    const auto x = static_cast<float>(point->targetX);
    const auto y = static_cast<float>(point->targetY);
    touch = {true, point->identifier, x, y, x, y, false, false, event->timestamp};
    const int this_touch = ++touch_sequence;
    // A finger held still becomes a long press: a frame then lets a text field select the word under it
    // (Dear ImGui sees a touch press held that long), and moving the finger afterwards drags the selection.
    emscripten_set_timeout(
        [](void* sequence) {
            if (!touch.active || touch.dragging || reinterpret_cast<intptr_t>(sequence) != touch_sequence) return;
            touch.long_press = true;
            request_frames();
        },
        kLongPressMs + 20, reinterpret_cast<void*>(static_cast<intptr_t>(this_touch)));

    ImGuiIO& io = ImGui::GetIO();
    io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
    io.AddMousePosEvent(x, y); // first the position, then the press: the tap lands under the finger
    io.AddMouseButtonEvent(0, true);
    focus_canvas();
    draw_frame_now();
    // preventDefault: no emulated mouse events after the touch (they would click a second time).
    return EM_TRUE;
}

EM_BOOL on_touch_move(int, const EmscriptenTouchEvent* event, void*)
{
    const EmscriptenTouchPoint* point = touch.active ? find_touch(*event, touch.identifier) : nullptr;
    if (point == nullptr) return EM_TRUE;
    const auto x = static_cast<float>(point->targetX);
    const auto y = static_cast<float>(point->targetY);
    ImGuiIO& io = ImGui::GetIO();
    if (touch.long_press) {
        io.AddMousePosEvent(x, y); // the press stays down: the text field extends its selection
        touch.last_x = x;
        touch.last_y = y;
        request_frames();
        return EM_TRUE;
    }
    if (!touch.dragging && std::hypot(x - touch.start_x, y - touch.start_y) > kTouchSlop) {
        // It is a drag, not a tap: the press is released away from everything, so nothing is clicked,
        // and the pointer comes back under the finger so the list below it scrolls.
        touch.dragging = true;
        io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
        io.AddMouseButtonEvent(0, false);
        io.AddMousePosEvent(x, y);
    }
    if (touch.dragging) {
        // Dear ImGui scrolls 5 lines per wheel step; the content follows the finger.
        const float step = 5.0f * ImGui::GetFontSize();
        io.AddMouseWheelEvent((x - touch.last_x) / step, (y - touch.last_y) / step);
        io.AddMousePosEvent(x, y);
    }
    touch.last_x = x;
    touch.last_y = y;
    request_frames();
    return EM_TRUE;
}

EM_BOOL on_touch_end(int event_type, const EmscriptenTouchEvent* event, void*)
{
    if (!touch.active) return EM_TRUE;
    const EmscriptenTouchPoint* point = find_touch(*event, touch.identifier);
    if (point == nullptr || !point->isChanged) return EM_TRUE;
    ImGuiIO& io = ImGui::GetIO();
    // Held still long enough by the events' own clock, though the long-press timer has not run (a busy
    // page runs timers late): it was a long press all the same. Dear ImGui, which times presses by its
    // frames, is told how long the finger was down, and draws the long press before the release.
    const double held_ms = event->timestamp - touch.start_ms;
    if (!touch.dragging && !touch.long_press && event_type != EMSCRIPTEN_EVENT_TOUCHCANCEL && held_ms >= kLongPressMs &&
        io.MouseDown[0]) {
        touch.long_press = true;
        io.MouseDownDuration[0] = std::max(io.MouseDownDuration[0], static_cast<float>(held_ms / 1000.0));
        draw_frame_now();
    }
    if (!touch.dragging) {
        if (event_type == EMSCRIPTEN_EVENT_TOUCHCANCEL) io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
        io.AddMouseButtonEvent(0, false);
    }
    touch.active = false;
    // The release runs now, inside the touch: a tapped text field focuses the text agent during the
    // person's gesture, which is what opens a phone's on-screen keyboard.
    draw_frame_now();
    io.AddMousePosEvent(-FLT_MAX, -FLT_MAX); // a finger leaves no hover behind
    request_frames();
    return EM_TRUE;
}

} // namespace

void install_input_callbacks(const std::string& canvas_selector, const std::string& text_agent_selector,
                             const std::string& mirror_selector)
{
    canvas = canvas_selector;
    static int text_agent_marker = 1; // user data that tells on_key the event came from the text agent
    emscripten_set_keydown_callback(canvas.c_str(), nullptr, false, on_key);
    emscripten_set_keyup_callback(canvas.c_str(), nullptr, false, on_key);
    emscripten_set_keydown_callback(text_agent_selector.c_str(), &text_agent_marker, false, on_key);
    emscripten_set_keyup_callback(text_agent_selector.c_str(), &text_agent_marker, false, on_key);
    // Keys pressed while an element of the semantic mirror has the focus are the canvas's.
    emscripten_set_keydown_callback(mirror_selector.c_str(), nullptr, false, on_key);
    emscripten_set_keyup_callback(mirror_selector.c_str(), nullptr, false, on_key);
    // The pointer is listened for around the canvas, so that it reaches Dear ImGui through the mirror's
    // elements too; positions are the same, as the frame and the canvas share their box.
    static const std::string frame = canvas_selector + "-frame";
    register_canvas_frame(canvas_selector.c_str(), frame.c_str());
    const char* target = frame.c_str();
    emscripten_set_mousemove_callback(target, nullptr, false, on_mouse_move);
    emscripten_set_mousedown_callback(target, nullptr, false, on_mouse_down);
    emscripten_set_mouseleave_callback(target, nullptr, false, on_mouse_leave);
    emscripten_set_mousemove_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, false, on_window_mouse_move);
    emscripten_set_mouseup_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, false, on_mouse_up);
    emscripten_set_wheel_callback(target, nullptr, false, on_wheel);
    emscripten_set_touchstart_callback(target, nullptr, false, on_touch_start);
    emscripten_set_touchmove_callback(target, nullptr, false, on_touch_move);
    emscripten_set_touchend_callback(target, nullptr, false, on_touch_end);
    emscripten_set_touchcancel_callback(target, nullptr, false, on_touch_end);
}

} // namespace cw::web
