#include "platform/web/clipboard.h"

#include "platform/web/frame_scheduler.h"
#include "platform/web/keyboard_modifiers.h"

#include <imgui.h>

#include <string>

extern "C" {
// js/clipboard.js
void cw_clipboard_install();
void cw_clipboard_write(const char* text);
}

namespace cw::web {

namespace {
std::string pasted_text;
bool use_mac_shortcuts = false;

const char* get_clipboard_text(ImGuiContext*)
{
    return pasted_text.c_str();
}

void set_clipboard_text(ImGuiContext*, const char* text)
{
    pasted_text = text; // a copy followed by a paste inside the widget works even without permissions
    cw_clipboard_write(text);
}
} // namespace

void install_clipboard(bool mac_shortcuts)
{
    use_mac_shortcuts = mac_shortcuts;
    ImGuiPlatformIO& platform_io = ImGui::GetPlatformIO();
    platform_io.Platform_GetClipboardTextFn = get_clipboard_text;
    platform_io.Platform_SetClipboardTextFn = set_clipboard_text;
    cw_clipboard_install();
}

void paste_text(std::string_view text)
{
    pasted_text.assign(text);
    // The shortcut Dear ImGui knows for paste (with io.ConfigMacOSXBehaviors it reads Cmd as Ctrl), also
    // for a paste from the context menu; then the modifiers go back to what the keyboard reports, so a
    // held Ctrl stays held.
    ImGuiIO& io = ImGui::GetIO();
    io.AddKeyEvent(use_mac_shortcuts ? ImGuiMod_Super : ImGuiMod_Ctrl, true);
    io.AddKeyEvent(ImGuiKey_V, true);
    io.AddKeyEvent(ImGuiKey_V, false);
    restore_keyboard_modifiers();
    request_frames();
}

} // namespace cw::web
