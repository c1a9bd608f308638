// How far C's strtod and scanf read a number: the syntax only, for the web build's own strtod and sscanf
// (src/platform/web/number_reading.cpp), which leave the conversion of decimals to the browser.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace cw {

// The length of the decimal number text starts with, as strtod reads it: an optional sign, digits with
// an optional point (at least one digit on either side), then an exponent only if digits follow its
// sign. 0 when text starts with no number. Leading white space is the caller's to skip; "inf", "nan" and
// hexadecimal forms are not read here ("0x1" reads as "0").
std::size_t decimal_number_length(std::string_view text);

// An integer as scanf's %d (base 10), %x (16) or %i (0: the base from a 0x or 0 prefix) reads it: an
// optional sign, then digits of the base, at most max_length characters in all (0: no limit). length 0
// when no digit was read. Values past 64 bits wrap, as the int they are stored into does anyway.
struct ScannedInteger {
    std::int64_t value = 0;
    std::size_t length = 0;
};
ScannedInteger scan_integer(std::string_view text, int base, std::size_t max_length);

} // namespace cw
