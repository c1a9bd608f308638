// The launchpool reward estimator: what a stake earns over a period at a given APR.
//
// Launchpool APRs are simple (not compounding) and fall as more is staked in the pool, so this is an
// estimate at the APR the person enters, never a promise; the widget says so next to it.
#pragma once

#include <vector>

namespace cw {

struct RewardEstimate {
    double reward_value = 0;          // in the stake's unit (e.g. USDT), over the whole period
    double daily_value = 0;           // per day
    std::vector<double> cumulative;   // cumulative[d]: earned by the end of day d+1, for the plot
};

inline constexpr double kMaxEstimateDays = 3650;

// Inputs outside sense (negative, not finite, over ten years) are clamped, never trusted.
RewardEstimate estimate_reward(double stake_value, double days, double apr_percent);

// Inputs that can be computed but are most likely a slip (a zero too many): the widget warns of them.
inline constexpr double kPlausibleMaxStake = 10'000'000; // USDT; launchpools cap each person far lower
inline constexpr double kPlausibleMaxDays = 365;         // a launchpool runs for days or weeks
inline constexpr double kPlausibleMaxAprPercent = 1000;

struct ImplausibleInputs {
    bool stake = false;
    bool days = false;
    bool apr = false;
};
ImplausibleInputs implausible_inputs(double stake_value, double days, double apr_percent);

} // namespace cw
