#include "platform/web/keyboard_modifiers.h"

#include <imgui.h>

namespace cw::web {

namespace {
KeyboardModifiers reported;
} // namespace

void set_keyboard_modifiers(const KeyboardModifiers& modifiers)
{
    reported = modifiers;
    restore_keyboard_modifiers();
}

void restore_keyboard_modifiers()
{
    ImGuiIO& io = ImGui::GetIO();
    io.AddKeyEvent(ImGuiMod_Ctrl, reported.ctrl);
    io.AddKeyEvent(ImGuiMod_Shift, reported.shift);
    io.AddKeyEvent(ImGuiMod_Alt, reported.alt);
    io.AddKeyEvent(ImGuiMod_Super, reported.meta);
}

} // namespace cw::web
