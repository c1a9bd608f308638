#include "core/text/number_input.h"
#include "core/campaign/reward_estimate.h"

#include <catch2/catch.hpp>

using cw::NumberProblem;

namespace {
double value_of(std::string_view text)
{
    const cw::ParsedNumber parsed = cw::parse_number_input(text);
    INFO("\"" << std::string(text) << "\"");
    REQUIRE(parsed.problem == NumberProblem::None);
    REQUIRE(parsed.value);
    return *parsed.value;
}

NumberProblem problem_of(std::string_view text)
{
    const cw::ParsedNumber parsed = cw::parse_number_input(text);
    CHECK_FALSE(parsed.value);
    return parsed.problem;
}
} // namespace

TEST_CASE("a typed amount reads with thousands separators as people write them")
{
    CHECK(value_of("1,000") == 1000);
    CHECK(value_of("1,000,000.50") == 1000000.5);
    CHECK(value_of("1，000") == 1000);        // full-width comma, as a Chinese keyboard types it
    CHECK(value_of("1 000") == 1000);         // a space
    CHECK(value_of("1\xE2\x80\xAF" "000") == 1000); // a narrow no-break space (U+202F)
    CHECK(value_of("１，０００") == 1000);    // full-width digits
    CHECK(value_of("１２．５") == 12.5);      // and a full-width point
    CHECK(value_of(" 168 ") == 168);
    CHECK(value_of("168%") == 168);
    CHECK(value_of("0.5") == 0.5);
    CHECK(value_of(".5") == 0.5);
}

TEST_CASE("a typed amount that is not a number says why, and gives no value")
{
    CHECK(problem_of("") == NumberProblem::Empty);
    CHECK(problem_of("   ") == NumberProblem::Empty);
    CHECK(problem_of("-100") == NumberProblem::Negative);
    CHECK(problem_of("－100") == NumberProblem::Negative);
    CHECK(problem_of("abc") == NumberProblem::NotANumber);
    CHECK(problem_of("1.2.3") == NumberProblem::NotANumber);
    CHECK(problem_of("1,00") == NumberProblem::NotANumber);  // not a thousands group: 100 or 1.00?
    CHECK(problem_of("1e5") == NumberProblem::NotANumber);
    CHECK(problem_of("12abc") == NumberProblem::NotANumber);
    CHECK(problem_of("99999999999999999999999") == NumberProblem::TooLarge);
}

TEST_CASE("implausible estimator inputs are warned of, plausible ones are not")
{
    const cw::ImplausibleInputs plausible = cw::implausible_inputs(1000, 14, 168);
    CHECK_FALSE(plausible.stake);
    CHECK_FALSE(plausible.days);
    CHECK_FALSE(plausible.apr);
    const cw::ImplausibleInputs odd = cw::implausible_inputs(50'000'000, 400, 100000);
    CHECK(odd.stake);
    CHECK(odd.days);
    CHECK(odd.apr);
    CHECK_FALSE(cw::implausible_inputs(1000, 365, 1000).days);
    CHECK_FALSE(cw::implausible_inputs(1000, 365, 1000).apr);
}
