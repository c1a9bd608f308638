#include "core/campaign/reward_estimate.h"

#include <catch2/catch.hpp>

#include <limits>

TEST_CASE("a year at 100% APR earns the stake once, simply, not compounded")
{
    const auto estimate = cw::estimate_reward(1000, 365, 100);
    CHECK(estimate.reward_value == Approx(1000));
    CHECK(estimate.daily_value == Approx(1000.0 / 365));
}

TEST_CASE("two weeks of 1000 USDT at the announced 168% APR")
{
    const auto estimate = cw::estimate_reward(1000, 14, 168);
    CHECK(estimate.reward_value == Approx(1000 * 1.68 * 14 / 365)); // about 64.44
    REQUIRE(estimate.cumulative.size() == 14);
    CHECK(estimate.cumulative.front() == Approx(estimate.daily_value));
    CHECK(estimate.cumulative.back() == Approx(estimate.reward_value));
}

TEST_CASE("a part day ends the plot at the exact period")
{
    const auto estimate = cw::estimate_reward(365, 2.5, 100);
    REQUIRE(estimate.cumulative.size() == 3);
    CHECK(estimate.cumulative.back() == Approx(2.5));
}

TEST_CASE("nonsense inputs give zero, not NaN or a hang")
{
    CHECK(cw::estimate_reward(-5, 10, 100).reward_value == 0);
    CHECK(cw::estimate_reward(100, std::numeric_limits<double>::quiet_NaN(), 100).reward_value == 0);
    CHECK(cw::estimate_reward(100, 10, std::numeric_limits<double>::infinity()).reward_value == 0);
    CHECK(cw::estimate_reward(100, 1e12, 10).cumulative.size() == static_cast<std::size_t>(cw::kMaxEstimateDays));
}
