// The launchpool guide: the numbered steps to take part, the pools, the reward total and the announced
// APR (marked as the announcement's claims) as core/content/launchpool_content.h gives them to both views,
// and the reward estimator with its caveat and plot.
#pragma once

#include "core/text/number_input.h"
#include "core/campaign/progress.h"
#include "core/content/launchpool_content.h"
#include "ui/ui_context.h"

#include <string>
#include <string_view>
#include <vector>

namespace cw {

class LaunchpoolPanel {
public:
    // Returns true when the person changed their progress (the estimator's inputs live there).
    bool draw(const UiContext& ui, Progress& progress);

private:
    void draw_steps(const UiContext& ui, const LaunchpoolContent& launchpool);
    void draw_rewards(const UiContext& ui, const LaunchpoolContent& launchpool);
    void draw_facts(const UiContext& ui, const LaunchpoolContent& launchpool);
    bool draw_estimator(const UiContext& ui, const Launchpool& launchpool, EstimatorInputs& inputs);
    void draw_plot(const UiContext& ui, const std::vector<double>& cumulative, double total);

    // A number field of the estimator: the text as typed while it is being edited, and why the last
    // text was refused (the value keeps its previous number then).
    struct NumberField {
        std::string text;
        NumberProblem problem = NumberProblem::None;
        std::string refused_text;
        double value_before_edit = 0;
    };
    // Draws the field; true when it gave a new value (clamped to [0, max]).
    bool draw_number_field(const UiContext& ui, NumberField& field, const char* id, std::string_view test_id,
                           const char* label, double& value, double max);
    NumberField stake_field_;
    NumberField days_field_;
    NumberField apr_field_;
};

} // namespace cw
