// The modifier keys as the keyboard last reported them. Key events set them (html5_input.cpp); a
// synthesized shortcut (the paste, clipboard.cpp) presses its own and then gives these back to Dear
// ImGui, so a held Ctrl stays held. Its own file, so that neither of the two includes the other.
#pragma once

namespace cw::web {

struct KeyboardModifiers {
    bool ctrl = false;
    bool shift = false;
    bool alt = false;
    bool meta = false;
};

// Records what a key event reported and sends it to Dear ImGui.
void set_keyboard_modifiers(const KeyboardModifiers& modifiers);

// Sends the modifier keys as the keyboard last reported them (after a synthesized shortcut).
void restore_keyboard_modifiers();

} // namespace cw::web
