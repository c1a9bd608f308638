// A confirmation shown for a moment after a press ("Copied", "Saved"), so the person sees that the press
// did something. It goes away by itself: the widget asks for a frame when it ends (seconds_left), and
// draws nothing more after it, so idle still costs no frames.
#pragma once

namespace cw {

struct BriefConfirmation {
    static constexpr double kSeconds = 2.0;
    double shown_until = -1; // ImGui time

    void show(double now) { shown_until = now + kSeconds; }
    bool showing(double now) const { return now < shown_until; }
    // Seconds until it must be taken away; < 0 when it is not shown.
    double seconds_left(double now) const { return showing(now) ? shown_until - now : -1; }
};

} // namespace cw
