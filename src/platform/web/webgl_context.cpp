#include "platform/web/webgl_context.h"

#include "platform/web/frame_scheduler.h"
#include "platform/web/gl_state_cache.h"

#include <emscripten/html5.h>
#include <imgui_impl_opengl3.h>

namespace cw::web {

namespace {
bool context_lost = false;

EM_BOOL on_context_lost(int, const void*, void*)
{
    context_lost = true;
    return EM_TRUE; // preventDefault: tells the browser we want the context restored
}

EM_BOOL on_context_restored(int, const void*, void*)
{
    context_lost = false;
    // Every GPU object died with the old context. Destroying marks the font textures as destroyed, so
    // Dear ImGui asks for them again; creating makes the shaders and buffers anew.
    forget_gl_state();
    ImGui_ImplOpenGL3_DestroyDeviceObjects();
    ImGui_ImplOpenGL3_CreateDeviceObjects();
    request_frames();
    return EM_TRUE;
}
} // namespace

bool create_webgl2_context(const std::string& canvas_selector)
{
    EmscriptenWebGLContextAttributes attributes;
    emscripten_webgl_init_context_attributes(&attributes);
    attributes.majorVersion = 2;
    attributes.minorVersion = 0;
    attributes.alpha = EM_FALSE;
    attributes.antialias = EM_FALSE; // Dear ImGui anti-aliases its own shapes
    attributes.depth = EM_FALSE;
    attributes.stencil = EM_FALSE;
    // WebGL2 has all Dear ImGui needs; enabling every extension the browser offers would cost a round
    // trip to the GPU process for each at start-up.
    attributes.enableExtensionsByDefault = EM_FALSE;
    const EMSCRIPTEN_WEBGL_CONTEXT_HANDLE context = emscripten_webgl_create_context(canvas_selector.c_str(), &attributes);
    if (context <= 0) return false;
    emscripten_webgl_make_context_current(context);
    emscripten_set_webglcontextlost_callback(canvas_selector.c_str(), nullptr, false, on_context_lost);
    emscripten_set_webglcontextrestored_callback(canvas_selector.c_str(), nullptr, false, on_context_restored);
    return true;
}

bool webgl_context_usable()
{
    return !context_lost;
}

} // namespace cw::web
