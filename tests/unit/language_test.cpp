#include "core/i18n/language.h"

#include <catch2/catch.hpp>

TEST_CASE("browser language tags starting with zh choose Chinese")
{
    CHECK(cw::language_from_tag("zh") == cw::Language::Chinese);
    CHECK(cw::language_from_tag("zh-CN") == cw::Language::Chinese);
    CHECK(cw::language_from_tag("ZH-hans") == cw::Language::Chinese);
}

TEST_CASE("other language tags choose English")
{
    CHECK(cw::language_from_tag("en-US") == cw::Language::English);
    CHECK(cw::language_from_tag("zha") == cw::Language::English);
    CHECK(cw::language_from_tag("") == cw::Language::English);
}

TEST_CASE("zh-Hant, zh-TW, zh-HK and zh-MO choose Traditional Chinese")
{
    CHECK(cw::language_from_tag("zh-Hant") == cw::Language::TraditionalChinese);
    CHECK(cw::language_from_tag("zh-TW") == cw::Language::TraditionalChinese);
    CHECK(cw::language_from_tag("zh_HK") == cw::Language::TraditionalChinese);
    CHECK(cw::language_from_tag("zh-mo") == cw::Language::TraditionalChinese);
    CHECK(cw::language_from_tag("zh-Hant-TW") == cw::Language::TraditionalChinese);
    CHECK(cw::language_from_tag("zh-Hans") == cw::Language::Chinese);
    CHECK(cw::language_from_tag("zh-SG") == cw::Language::Chinese);
    CHECK(cw::language_tag(cw::Language::TraditionalChinese) == "zh-Hant");
}

TEST_CASE("a text without zh-Hant reads the Simplified one in Traditional Chinese")
{
    cw::LocalizedText text{"简体", "English", ""};
    CHECK(text.text(cw::Language::TraditionalChinese) == "简体");
    text.zh_hant = "繁體";
    CHECK(text.text(cw::Language::TraditionalChinese) == "繁體");
    CHECK(text.text(cw::Language::Chinese) == "简体");
}
