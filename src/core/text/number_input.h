// A number as a person types it into the estimator: "1,000", "1，000", "１０００", "1 000.50", "168%".
//
// A refused input gives no value and says why, so the field can keep the previous value and tell the
// person, instead of reading "1,000" as 1.00 or turning "-100" into 0 without a word (as the field's
// own "%f" parsing did).
#pragma once

#include <optional>
#include <string_view>

namespace cw {

enum class NumberProblem {
    None,
    Empty,      // nothing but spaces
    NotANumber, // letters, two points, a comma that does not group thousands ("1,00"), an exponent
    Negative,   // "-100": no stake, period or APR is below zero
    TooLarge,   // more than the estimator can use (over 1e15)
};

struct ParsedNumber {
    std::optional<double> value;
    NumberProblem problem = NumberProblem::None;
};

// Full-width digits, point, comma and minus fold to ASCII; ',' '，' and spaces (including U+3000,
// U+00A0, U+202F) between digit groups of three are thousands separators; a trailing '%' is allowed.
ParsedNumber parse_number_input(std::string_view text);

} // namespace cw
