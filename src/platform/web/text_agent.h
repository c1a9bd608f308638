// C++ side of the text agent (js/text_agent.js): the hidden textarea that brings typed text, IME
// compositions and pastes to Dear ImGui, and tracks whether the widget has focus.
#pragma once

#include "ui/widget.h"

#include <functional>
#include <string>
#include <string_view>

namespace cw::web {

// Creates the textarea next to the canvas and hooks Dear ImGui's IME callback to it. Returns the
// textarea's CSS selector, for key listeners. widget: whose text field the agent stands in for.
std::string install_text_agent(const std::string& canvas_selector, Widget& widget);

// After each frame: moves the agent under the caret and moves focus between canvas and agent. While a
// text field is edited, the agent is that field for assistive technology: named as the field, holding
// its text, its selection the field's (so a screen reader reads and edits the draft through it).
void sync_text_agent();

// A press on the canvas focuses it (its default action is prevented so the text agent can keep focus).
void focus_canvas();

bool text_agent_composing();

// Whether the last frame drawn edits a text field. Dear ImGui's io.WantTextInput says so only from the
// frame after (it is taken in at the next NewFrame): read in the frame an edit starts, it sent the focus
// back to the canvas, where a key pressed before the next frame was lost. Everything that follows the
// edit (the agent's focus, the mirror's, typed keys) asks here.
bool text_input_wanted();

// The widget's own editor of the field being edited, nullptr when none is (or it is a Dear ImGui field).
TextEditor* edited_editor();

// The input method's composition as it changes ("" when it ends or is committed).
using CompositionListener = std::function<void(std::string_view)>;
void on_composition(CompositionListener listener);
void composition_changed(const char* text);

} // namespace cw::web
