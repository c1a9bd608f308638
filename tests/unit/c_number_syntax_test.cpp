#include "core/text/c_number_syntax.h"

#include <catch2/catch.hpp>

using cw::decimal_number_length;
using cw::scan_integer;

TEST_CASE("a decimal number is read as far as strtod reads it", "[c_number_syntax]")
{
    CHECK(decimal_number_length("168") == 3);
    CHECK(decimal_number_length("-0.25,") == 5);
    CHECK(decimal_number_length("+.5") == 3);
    CHECK(decimal_number_length("5.") == 2);
    CHECK(decimal_number_length("1e5x") == 3);
    CHECK(decimal_number_length("1.5E-3") == 6);
    CHECK(decimal_number_length("2e") == 1);   // no digits after the exponent's mark: the mark is not read
    CHECK(decimal_number_length("2e+") == 1);
    CHECK(decimal_number_length("0x1A") == 1); // hexadecimal is not read
    CHECK(decimal_number_length("1733500000000") == 13);
}

TEST_CASE("text that starts with no decimal number reads nothing", "[c_number_syntax]")
{
    CHECK(decimal_number_length("") == 0);
    CHECK(decimal_number_length("-") == 0);
    CHECK(decimal_number_length(".") == 0);
    CHECK(decimal_number_length("-.e5") == 0);
    CHECK(decimal_number_length("inf") == 0);
    CHECK(decimal_number_length(" 1") == 0); // white space is the caller's to skip
}

TEST_CASE("an integer is read as scanf's %d, %x and %i read it", "[c_number_syntax]")
{
    CHECK(scan_integer("300 es", 10, 0).value == 300);
    CHECK(scan_integer("300 es", 10, 0).length == 3);
    CHECK(scan_integer("-12,5", 10, 0).value == -12);
    CHECK(scan_integer("-12,5", 10, 0).length == 3);
    CHECK(scan_integer("3.0", 10, 0).value == 3);
    CHECK(scan_integer("ff80", 16, 2).value == 255); // a width: %02X
    CHECK(scan_integer("ff80", 16, 2).length == 2);
    CHECK(scan_integer("0x1F", 16, 0).value == 31);
    CHECK(scan_integer("0x1F", 0, 0).value == 31);
    CHECK(scan_integer("017", 0, 0).value == 15);
    CHECK(scan_integer("0", 0, 0).length == 1);
    CHECK(scan_integer("0x", 16, 0).value == 0); // a prefix without digits: the 0 alone
    CHECK(scan_integer("0x", 16, 0).length == 1);
}

TEST_CASE("text that starts with no integer reads nothing", "[c_number_syntax]")
{
    CHECK(scan_integer("", 10, 0).length == 0);
    CHECK(scan_integer("-", 10, 0).length == 0);
    CHECK(scan_integer("x1", 10, 0).length == 0);
    CHECK(scan_integer("g", 16, 0).length == 0);
}
