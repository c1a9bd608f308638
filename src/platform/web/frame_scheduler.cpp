#include "platform/web/frame_scheduler.h"

#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_internal.h>

namespace cw::web {

namespace {
// Module.onIdle(idle): whether frames are still to come, so pages and tests know when the widget is done.
EM_JS(void, report_idle, (int idle), {
    if (Module.onIdle) Module.onIdle(idle !== 0);
});

EM_JS(int, is_input_pending, (), {
    return navigator.scheduling && navigator.scheduling.isInputPending && navigator.scheduling.isInputPending() ? 1 : 0;
});

FrameFunction frame_function = nullptr;
int frames_wanted = 0;
bool loop_running = false;
unsigned pending_work = 0; // PendingWork bits
bool reported_idle = false;

// Tells the page when the widget becomes idle or busy, once per change.
void report_idle_if_changed()
{
    const bool idle = !loop_running && pending_work == 0;
    if (idle == reported_idle) return;
    reported_idle = idle;
    report_idle(idle ? 1 : 0);
}

EM_BOOL on_animation_frame(double /*time*/, void* /*user_data*/)
{
    // This frame is counted before it is drawn: a frame it asks for (input still queued, an animation)
    // comes after it. Counted after, a request for one more frame from the last wanted frame was
    // cancelled by the count, the loop stopped, and keys still queued waited for the next event.
    if (frames_wanted > 0) --frames_wanted;
    if (frame_function != nullptr) frame_function();
    loop_running = frames_wanted > 0;
    report_idle_if_changed();
    return loop_running ? EM_TRUE : EM_FALSE; // EM_FALSE ends the requestAnimationFrame loop
}
} // namespace

void set_frame_function(FrameFunction draw_frame)
{
    frame_function = draw_frame;
}

void request_frames(int count)
{
    if (frames_wanted < count) frames_wanted = count;
    if (!loop_running) {
        loop_running = true;
        report_idle_if_changed();
        emscripten_request_animation_frame_loop(on_animation_frame, nullptr);
    }
}

void set_work_pending(PendingWork work, bool pending)
{
    const auto bit = static_cast<unsigned>(work);
    pending_work = pending ? (pending_work | bit) : (pending_work & ~bit);
    report_idle_if_changed();
}

bool input_waits()
{
    return !ImGui::GetCurrentContext()->InputEventsQueue.empty() || is_input_pending() != 0;
}

void draw_frame_now()
{
    if (frame_function != nullptr) frame_function();
    request_frames();
}

} // namespace cw::web
