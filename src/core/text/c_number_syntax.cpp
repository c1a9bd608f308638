#include "core/text/c_number_syntax.h"

namespace cw {

namespace {
bool is_decimal_digit(char c)
{
    return c >= '0' && c <= '9';
}

int digit_value(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

std::size_t skip_digits(std::string_view text, std::size_t at)
{
    while (at < text.size() && is_decimal_digit(text[at])) ++at;
    return at;
}
} // namespace

std::size_t decimal_number_length(std::string_view text)
{
    std::size_t at = 0;
    if (at < text.size() && (text[at] == '+' || text[at] == '-')) ++at;
    const std::size_t integer_start = at;
    at = skip_digits(text, at);
    bool any_digit = at > integer_start;
    if (at < text.size() && text[at] == '.') {
        const std::size_t fraction_start = at + 1;
        const std::size_t fraction_end = skip_digits(text, fraction_start);
        if (any_digit || fraction_end > fraction_start) {
            any_digit = true;
            at = fraction_end;
        }
    }
    if (!any_digit) return 0;
    if (at < text.size() && (text[at] == 'e' || text[at] == 'E')) {
        std::size_t exponent = at + 1;
        if (exponent < text.size() && (text[exponent] == '+' || text[exponent] == '-')) ++exponent;
        const std::size_t exponent_end = skip_digits(text, exponent);
        if (exponent_end > exponent) at = exponent_end;
    }
    return at;
}

ScannedInteger scan_integer(std::string_view text, int base, std::size_t max_length)
{
    if (max_length != 0 && max_length < text.size()) text = text.substr(0, max_length);
    std::size_t at = 0;
    bool negative = false;
    if (at < text.size() && (text[at] == '+' || text[at] == '-')) negative = text[at++] == '-';
    const bool zero_first = at < text.size() && text[at] == '0';
    const bool hex_prefix = zero_first && at + 2 < text.size() && (text[at + 1] == 'x' || text[at + 1] == 'X') &&
                            digit_value(text[at + 2]) < 16;
    if ((base == 16 || base == 0) && hex_prefix) {
        at += 2;
        base = 16;
    } else if (base == 0) {
        base = zero_first ? 8 : 10;
    }
    const std::size_t digits_start = at;
    std::uint64_t value = 0;
    while (at < text.size() && digit_value(text[at]) < base) {
        value = value * static_cast<std::uint64_t>(base) + static_cast<std::uint64_t>(digit_value(text[at]));
        ++at;
    }
    if (at == digits_start) return {};
    return {static_cast<std::int64_t>(negative ? 0 - value : value), at};
}

} // namespace cw
