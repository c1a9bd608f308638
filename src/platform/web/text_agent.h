// C++ side of the text agent (js/text_agent.js): the hidden textarea that brings typed text, IME
// compositions and pastes to Dear ImGui, and tracks whether the widget has focus.
#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace cw::web {

// Creates the textarea next to the canvas and hooks Dear ImGui's IME callback to it. Returns the
// textarea's CSS selector, for key listeners.
std::string install_text_agent(const std::string& canvas_selector);

// After each frame: moves the agent under the caret and moves focus between canvas and agent.
void sync_text_agent();

// A press on the canvas focuses it (its default action is prevented so the text agent can keep focus).
void focus_canvas();

bool text_agent_composing();

// The input method's composition as it changes ("" when it ends or is committed).
using CompositionListener = std::function<void(std::string_view)>;
void on_composition(CompositionListener listener);
void composition_changed(const char* text);

} // namespace cw::web
