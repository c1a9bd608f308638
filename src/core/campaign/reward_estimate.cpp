#include "core/campaign/reward_estimate.h"

#include <algorithm>
#include <cmath>

namespace cw {

namespace {
double clamp_input(double value, double max)
{
    if (!std::isfinite(value) || value < 0) return 0;
    return std::min(value, max);
}
} // namespace

RewardEstimate estimate_reward(double stake_value, double days, double apr_percent)
{
    stake_value = clamp_input(stake_value, 1e12);
    days = clamp_input(days, kMaxEstimateDays);
    apr_percent = clamp_input(apr_percent, 1e6);

    RewardEstimate estimate;
    estimate.daily_value = stake_value * (apr_percent / 100.0) / 365.0;
    estimate.reward_value = estimate.daily_value * days;
    const int whole_days = static_cast<int>(std::ceil(days));
    estimate.cumulative.reserve(static_cast<std::size_t>(whole_days));
    for (int day = 1; day <= whole_days; ++day) {
        estimate.cumulative.push_back(estimate.daily_value * std::min<double>(day, days));
    }
    return estimate;
}

ImplausibleInputs implausible_inputs(double stake_value, double days, double apr_percent)
{
    return {stake_value > kPlausibleMaxStake, days > kPlausibleMaxDays, apr_percent > kPlausibleMaxAprPercent};
}

} // namespace cw
