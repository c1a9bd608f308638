// ASCII character classes and case, for the parts of the rules that are ASCII's: schemes, hosts, ids,
// ASCII keywords. One definition for `char` (UTF-8 text) and `char32_t` (decoded code points).
#pragma once

#include <string_view>

namespace cw {

template <typename Char>
constexpr Char ascii_lower(Char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<Char>(c - 'A' + 'a') : c;
}

template <typename Char>
constexpr bool is_ascii_digit(Char c)
{
    return c >= '0' && c <= '9';
}

template <typename Char>
constexpr bool is_ascii_alnum(Char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_ascii_digit(c);
}

template <typename Char>
constexpr bool is_ascii_space(Char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// "OBOL_USDT" and "obol_usdt": equal; other bytes (UTF-8 text) compare as they are.
constexpr bool equal_ignoring_ascii_case(std::string_view a, std::string_view b)
{
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
    }
    return true;
}

} // namespace cw
