// Dear ImGui's OpenGL3 renderer reads back the blend and scissor state before every frame it draws, to
// put it back after. In WebGL the browser keeps no copy of that state on the page's side: each of the
// seven reads (getParameter) waits for the GPU process, 0.15 to 0.5 ms apiece, about 1.4 ms of a
// 2.5 ms typing frame (docs/performance.md). Only the renderer sets that state, so it is kept here: the
// renderer's file calls the functions below in place of GL's (cmake/web.cmake renames them for that
// file alone), each setter notes what it set, and a read answers what was set last, asking GL only the
// first time after a context was made.
#include "platform/web/gl_state_cache.h"

#include <GLES3/gl3.h>

#include <algorithm>

namespace {

struct KeptState {
    bool known = false;
    GLint values[4] = {};
};

KeptState scissor_box;
KeptState blend_src_rgb, blend_dst_rgb, blend_src_alpha, blend_dst_alpha;
KeptState blend_equation_rgb, blend_equation_alpha;

KeptState* kept(GLenum name)
{
    switch (name) {
    case GL_SCISSOR_BOX: return &scissor_box;
    case GL_BLEND_SRC_RGB: return &blend_src_rgb;
    case GL_BLEND_DST_RGB: return &blend_dst_rgb;
    case GL_BLEND_SRC_ALPHA: return &blend_src_alpha;
    case GL_BLEND_DST_ALPHA: return &blend_dst_alpha;
    case GL_BLEND_EQUATION_RGB: return &blend_equation_rgb;
    case GL_BLEND_EQUATION_ALPHA: return &blend_equation_alpha;
    default: return nullptr;
    }
}

void keep(KeptState& state, GLint value)
{
    state.known = true;
    state.values[0] = value;
}

} // namespace

namespace cw::web {

void forget_gl_state()
{
    for (KeptState* state : {&scissor_box, &blend_src_rgb, &blend_dst_rgb, &blend_src_alpha, &blend_dst_alpha,
                             &blend_equation_rgb, &blend_equation_alpha}) {
        state->known = false;
    }
}

} // namespace cw::web

// The renderer's calls, by the names cmake/web.cmake gives them in its file (C linkage, as GL's own).
extern "C" {

void cw_gl_get_integerv(GLenum name, GLint* data)
{
    KeptState* state = kept(name);
    if (state == nullptr) {
        glGetIntegerv(name, data);
        return;
    }
    if (!state->known) {
        glGetIntegerv(name, state->values);
        state->known = true;
    }
    std::copy_n(state->values, name == GL_SCISSOR_BOX ? 4 : 1, data);
}

void cw_gl_scissor(GLint x, GLint y, GLsizei width, GLsizei height)
{
    glScissor(x, y, width, height);
    scissor_box = {true, {x, y, width, height}};
}

void cw_gl_blend_equation(GLenum mode)
{
    glBlendEquation(mode);
    keep(blend_equation_rgb, static_cast<GLint>(mode));
    keep(blend_equation_alpha, static_cast<GLint>(mode));
}

void cw_gl_blend_equation_separate(GLenum mode_rgb, GLenum mode_alpha)
{
    glBlendEquationSeparate(mode_rgb, mode_alpha);
    keep(blend_equation_rgb, static_cast<GLint>(mode_rgb));
    keep(blend_equation_alpha, static_cast<GLint>(mode_alpha));
}

void cw_gl_blend_func_separate(GLenum src_rgb, GLenum dst_rgb, GLenum src_alpha, GLenum dst_alpha)
{
    glBlendFuncSeparate(src_rgb, dst_rgb, src_alpha, dst_alpha);
    keep(blend_src_rgb, static_cast<GLint>(src_rgb));
    keep(blend_dst_rgb, static_cast<GLint>(dst_rgb));
    keep(blend_src_alpha, static_cast<GLint>(src_alpha));
    keep(blend_dst_alpha, static_cast<GLint>(dst_alpha));
}

} // extern "C"
