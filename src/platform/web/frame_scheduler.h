// Draws frames only when something happened: idle costs nothing.
//
// Input, a resize or a state change asks for a few frames (Dear ImGui needs one or two extra frames to
// settle layout and hover state after an event); they run on requestAnimationFrame, and when none are
// left the loop stops until the next request. Some input needs its frame at once, inside the person's
// own event: a copy (browsers refuse clipboard writes from an animation frame) and a tap on a text field
// (the on-screen keyboard opens only when the text agent is focused during the tap).
#pragma once

namespace cw::web {

inline constexpr int kSettleFrames = 3;

// Draws the widget, taking in all the input Dear ImGui holds queued (main.cpp says why), so that a frame
// drawn inside an event sees every earlier event.
using FrameFunction = void (*)();

void set_frame_function(FrameFunction draw_frame);

// Makes sure at least `count` more frames are drawn, starting with the next animation frame.
void request_frames(int count = kSettleFrames);

// Draws one frame now, synchronously, and still lets the settle frames follow.
void draw_frame_now();

// Work the widget will still do on its own, besides frames: a wakeup (the check after a pause in typing,
// a confirmation that goes away) and a saved-progress write. The page hears that the widget is idle
// (Module.onIdle(true), the element's idle()) only when no frame is scheduled and none of these is
// pending: then nothing changes until the next event. Tests wait on that instead of on the clock.
enum class PendingWork : unsigned { Wakeup = 1u, SaveProgress = 2u };
void set_work_pending(PendingWork work, bool pending);

// Input waits to be handled: Dear ImGui's queue holds some, or the browser holds some for the page that
// it has not dispatched yet (navigator.scheduling.isInputPending, where the browser has it). Long work
// between frames (the check, a save of a long draft) waits for it: the key is drawn first.
bool input_waits();

} // namespace cw::web
