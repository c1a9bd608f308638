#include "core/text/shifted_offsets.h"

#include <catch2/catch.hpp>

#include <vector>

namespace {

std::vector<std::size_t> values_of(const cw::ShiftedOffsets& offsets)
{
    std::vector<std::size_t> values;
    for (std::size_t i = 0; i < offsets.size(); ++i) values.push_back(offsets[i]);
    return values;
}

} // namespace

TEST_CASE("shifting from an entry on moves that entry and every one after it")
{
    cw::ShiftedOffsets offsets;
    offsets.replace(0, 0, {0, 10, 20, 30, 40});
    offsets.shift_from(2, 5);
    CHECK(values_of(offsets) == std::vector<std::size_t>{0, 10, 25, 35, 45});
    offsets.shift_from(2, -3); // typing at the same place again, then a Backspace
    CHECK(values_of(offsets) == std::vector<std::size_t>{0, 10, 22, 32, 42});
    offsets.shift_from(4, 1); // a jump forward
    CHECK(values_of(offsets) == std::vector<std::size_t>{0, 10, 22, 32, 43});
    offsets.shift_from(1, -10); // and back
    CHECK(values_of(offsets) == std::vector<std::size_t>{0, 0, 12, 22, 33});
}

TEST_CASE("replacing entries keeps the shift of those after them")
{
    cw::ShiftedOffsets offsets;
    offsets.replace(0, 0, {0, 10, 20, 30});
    offsets.shift_from(3, 7);
    offsets.replace(1, 3, {10, 12, 15, 18});
    offsets.shift_from(5, 6);
    CHECK(values_of(offsets) == std::vector<std::size_t>{0, 10, 12, 15, 18, 43});
    offsets.replace(0, 6, {});
    CHECK(offsets.size() == 0);
}

TEST_CASE("the last entry at or before a value is found through the pending shift")
{
    cw::ShiftedOffsets offsets;
    offsets.replace(0, 0, {0, 10, 20, 30});
    offsets.shift_from(2, 100);
    CHECK(offsets.last_at_or_before(0) == 0);
    CHECK(offsets.last_at_or_before(9) == 0);
    CHECK(offsets.last_at_or_before(10) == 1);
    CHECK(offsets.last_at_or_before(119) == 1);
    CHECK(offsets.last_at_or_before(120) == 2);
    CHECK(offsets.last_at_or_before(1000) == 3);
    CHECK(cw::ShiftedOffsets().last_at_or_before(5) == 0);
}
