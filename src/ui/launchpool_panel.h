// The launchpool guide: the numbered steps to take part, the pools, the reward total and the announced
// APR (marked as the announcement's claims), and the reward estimator with its caveat and plot.
#pragma once

#include "core/progress.h"
#include "ui/ui_context.h"

namespace cw {

class LaunchpoolPanel {
public:
    // Returns true when the person changed their progress (the estimator's inputs live there).
    bool draw(const UiContext& ui, Progress& progress);

private:
    void draw_steps(const UiContext& ui, const Launchpool& launchpool);
    void draw_rewards(const UiContext& ui, const Launchpool& launchpool);
    void draw_facts(const UiContext& ui, const Launchpool& launchpool);
    bool draw_estimator(const UiContext& ui, const Launchpool& launchpool, EstimatorInputs& inputs);
};

} // namespace cw
