// Draws frames only when something happened: idle costs nothing.
//
// Input, a resize or a state change asks for a few frames (Dear ImGui needs one or two extra frames to
// settle layout and hover state after an event); they run on requestAnimationFrame, and when none are
// left the loop stops until the next request.
#pragma once

namespace cw::web {

inline constexpr int kSettleFrames = 3;

using FrameFunction = void (*)();

void set_frame_function(FrameFunction draw_frame);

// Makes sure at least `count` more frames are drawn, starting with the next animation frame.
void request_frames(int count = kSettleFrames);

} // namespace cw::web
