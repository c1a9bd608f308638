#include "core/text/number_input.h"

#include "core/text/utf8.h"
#include "core/text/width_fold.h"

#include <cstdlib>
#include <string>

namespace cw {

namespace {
constexpr double kLargestInput = 1e15;

bool is_space(char32_t c)
{
    return c == ' ' || c == '\t' || c == 0x3000 || c == 0x00A0 || c == 0x202F || c == 0x2009;
}

bool is_digit(char32_t c)
{
    return c >= '0' && c <= '9';
}
} // namespace

ParsedNumber parse_number_input(std::string_view text)
{
    // Full-width forms to ASCII (１，０００．５ → 1,000.5); the ideographic space becomes a space too.
    std::u32string folded = fold_width(decode_code_points(text));
    std::size_t first = 0;
    std::size_t end = folded.size();
    while (first < end && is_space(folded[first])) ++first;
    while (end > first && is_space(folded[end - 1])) --end;
    if (first < end && folded[end - 1] == '%') {
        --end;
        while (end > first && is_space(folded[end - 1])) --end;
    }
    if (first == end) return {std::nullopt, NumberProblem::Empty};
    if (folded[first] == '-' || folded[first] == 0x2212) return {std::nullopt, NumberProblem::Negative};
    if (folded[first] == '+') ++first;

    // Digits, with separators only between groups: every group after a separator has three digits.
    std::string digits;
    bool seen_point = false;
    bool after_separator = false;
    std::size_t group_length = 0;  // digits since the last separator (or the start)
    bool grouped = false;          // a separator was seen
    for (std::size_t i = first; i < end; ++i) {
        const char32_t c = folded[i];
        if (is_digit(c)) {
            digits.push_back(static_cast<char>(c));
            ++group_length;
            after_separator = false;
        } else if ((c == ',' || is_space(c)) && !seen_point) {
            if (group_length == 0 || after_separator || (grouped && group_length != 3)) return {std::nullopt, NumberProblem::NotANumber};
            grouped = true;
            group_length = 0;
            after_separator = true;
        } else if (c == '.' && !seen_point) {
            if (after_separator || (grouped && group_length != 3)) return {std::nullopt, NumberProblem::NotANumber};
            seen_point = true;
            digits.push_back('.');
            group_length = 0;
        } else {
            return {std::nullopt, NumberProblem::NotANumber};
        }
    }
    if (after_separator || (grouped && !seen_point && group_length != 3)) return {std::nullopt, NumberProblem::NotANumber};
    if (digits.find_first_of("0123456789") == std::string::npos) return {std::nullopt, NumberProblem::NotANumber};

    const double value = std::strtod(digits.c_str(), nullptr);
    if (!(value <= kLargestInput)) return {std::nullopt, NumberProblem::TooLarge};
    return {value, NumberProblem::None};
}

} // namespace cw
