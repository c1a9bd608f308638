#include "platform/web/semantic_mirror.h"

#include "core/accessibility/semantic_tree.h"
#include "platform/web/frame_scheduler.h"
#include "platform/web/text_agent.h"

#include <emscripten.h>
#include <imgui.h>

#include <vector>

namespace {
cw::Widget* mirrored = nullptr;
std::vector<cw::SemanticNode> sent; // the tree as the DOM has it
} // namespace

extern "C" {
// js/semantic_mirror.js
void cw_mirror_install(const char* canvas_selector, const char* layer_name);
void cw_mirror_apply(const char* changes_json);
void cw_mirror_focus(const char* key, int want_text_input);

// A person or their screen reader moved the DOM's focus to a control's element.
EMSCRIPTEN_KEEPALIVE void cw_mirror_focused(const char* key)
{
    if (mirrored == nullptr) return;
    mirrored->request_focus(key);
    // The focus moves while the control draws (a text field starts editing one frame later): drawn now,
    // inside the focus event, so that keys pressed at once reach the control and not the one before it,
    // and a text field's text agent holds the DOM's focus before the first character comes. Left to the
    // next animation frame, a busy page lost those keys.
    constexpr int kFramesToSettle = 3;
    for (int frame = 0; frame < kFramesToSettle && !mirrored->item_rects().holds_focus(key); ++frame) {
        cw::web::draw_frame_now();
    }
    cw::web::request_frames(2); // then the ring is drawn
}

// A screen reader's "activate" (or a script's click()) on a control's element: pressed now, inside the
// event, so that a link it opens is the person's doing and not a pop-up.
EMSCRIPTEN_KEEPALIVE void cw_mirror_activated(const char* key)
{
    if (mirrored == nullptr) return;
    mirrored->request_activation(key);
    cw::web::draw_frame_now();
    cw::web::request_frames(2);
}
}

namespace cw::web {

std::string install_semantic_mirror(const std::string& canvas_selector, Widget& widget)
{
    mirrored = &widget;
    const std::string layer = canvas_selector + "-mirror";
    cw_mirror_install(canvas_selector.c_str(), layer.c_str());
    return layer;
}

void sync_semantic_mirror()
{
    if (mirrored == nullptr) return;
    const std::vector<SemanticNode>& nodes = mirrored->item_rects().nodes();
    const SemanticChanges changes = diff_semantic_nodes(sent, nodes);
    if (!changes.empty()) {
        cw_mirror_apply(semantic_changes_json(changes, nodes).c_str());
        sent = nodes;
    }
    cw_mirror_focus(mirrored->item_rects().focused().c_str(), text_input_wanted() ? 1 : 0);
}

} // namespace cw::web
