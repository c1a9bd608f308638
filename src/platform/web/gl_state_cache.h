// The GL state Dear ImGui's renderer saves and restores at every frame, kept on this side of WebGL
// (gl_state_cache.cpp says why). Part of the imgui library, so that the widget and the benchmark's bare
// page draw with the same renderer.
#pragma once

namespace cw::web {

// A new context starts from GL's defaults: what was kept is asked of it again.
void forget_gl_state();

} // namespace cw::web
