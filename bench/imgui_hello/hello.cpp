// The baseline for the widget's start-up: a bare Dear ImGui "hello" page, built with the same toolchain
// and flags (same Dear ImGui library, WebGL2 renderer, glyphs from the browser's fonts through the same
// font loader as the widget's), drawing every animation frame the simplest way, with nothing else of
// ours in it. `make bench` loads it beside the
// widget in the same browser and compares their time to first frame.
#include "platform/web/canvas_glyphs.h"
#include "ui/fonts.h"

#include <GLES3/gl3.h>
#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>

namespace {
int frames = 0;
cw::web::CanvasGlyphs canvas_glyphs;

EM_JS(void, report_first_frame, (), {
    if (Module.onFrame) Module.onFrame(1, 0);
});

EM_BOOL draw(double, void*)
{
    double width = 0;
    double height = 0;
    emscripten_get_element_css_size("#canvas", &width, &height);
    emscripten_set_canvas_element_size("#canvas", static_cast<int>(width), static_cast<int>(height));
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(static_cast<float>(width), static_cast<float>(height));
    io.DeltaTime = 1.0f / 60.0f;
    ImGui_ImplOpenGL3_NewFrame();
    ImGui::NewFrame();
    // A window of a given size is drawn in its first frame; one that fits its content is measured in
    // its first frame and drawn only in the next (Dear ImGui hides a new auto-fitted window for one
    // frame). The widget's first frame draws its panel, so the baseline's must draw its window too.
    ImGui::SetNextWindowPos(ImVec2(20, 20), ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowSize(ImVec2(240, 80), ImGuiCond_FirstUseEver);
    ImGui::Begin("Hello");
    ImGui::Text("Hello, world!");
    ImGui::End();
    ImGui::Render();
    glViewport(0, 0, static_cast<int>(width), static_cast<int>(height));
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    if (++frames == 1) report_first_frame();
    return frames < 3 ? EM_TRUE : EM_FALSE;
}
} // namespace

int main()
{
    EmscriptenWebGLContextAttributes attributes;
    emscripten_webgl_init_context_attributes(&attributes);
    attributes.majorVersion = 2;
    emscripten_webgl_make_context_current(emscripten_webgl_create_context("#canvas", &attributes));
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    canvas_glyphs.create();
    cw::load_fonts(canvas_glyphs, 16.0f);
    ImGui_ImplOpenGL3_Init("#version 300 es");
    emscripten_request_animation_frame_loop(draw, nullptr);
    return 0;
}
