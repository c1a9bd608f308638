#include "core/language.h"

#include <catch2/catch.hpp>

TEST_CASE("browser language tags starting with zh choose Chinese")
{
    CHECK(cw::language_from_tag("zh") == cw::Language::Chinese);
    CHECK(cw::language_from_tag("zh-CN") == cw::Language::Chinese);
    CHECK(cw::language_from_tag("ZH-tw") == cw::Language::Chinese);
}

TEST_CASE("other language tags choose English")
{
    CHECK(cw::language_from_tag("en-US") == cw::Language::English);
    CHECK(cw::language_from_tag("zha") == cw::Language::English);
    CHECK(cw::language_from_tag("") == cw::Language::English);
}
