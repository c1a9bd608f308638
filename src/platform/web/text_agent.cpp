#include "platform/web/text_agent.h"

#include "platform/web/clipboard.h"
#include "platform/web/frame_scheduler.h"

#include <emscripten.h>
#include <imgui.h>
#include <imgui_internal.h>

extern "C" {
// js/text_agent.js
void cw_text_agent_install(const char* canvas_selector);
void cw_text_agent_sync(int want_text_input, float caret_x, float caret_y, float line_height);
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

void on_set_ime_data(ImGuiContext*, ImGuiViewport*, ImGuiPlatformImeData* data)
{
    ime_data = *data;
}
} // namespace

std::string install_text_agent(const std::string& canvas_selector)
{
    cw_text_agent_install(canvas_selector.c_str());
    ImGui::GetPlatformIO().Platform_SetImeDataFn = on_set_ime_data;
    return canvas_selector + "-text-agent";
}

void sync_text_agent()
{
    cw_text_agent_sync(ime_data.WantTextInput ? 1 : 0, ime_data.InputPos.x, ime_data.InputPos.y,
                       ime_data.InputLineHeight > 0 ? ime_data.InputLineHeight : 16.0f);
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

bool text_agent_composing()
{
    return cw_text_agent_composing() != 0;
}

} // namespace cw::web
