#include "core/i18n/translations.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>

TEST_CASE("every shipped translation file gives every key in both languages")
{
    cw::Translations translations;
    int files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(std::string(CW_SOURCE_DIR) + "/assets/i18n")) {
        std::ifstream file(entry.path(), std::ios::binary);
        const std::string text((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
        const auto problems = translations.add_file(text, entry.path().filename().string());
        INFO(entry.path().filename().string());
        CHECK(problems.empty());
        for (const auto& problem : problems) UNSCOPED_INFO(problem);
        ++files;
    }
    CHECK(files >= 1);
    CHECK(translations.contains("tab.draft"));
    CHECK(std::string(translations.get("tab.draft", cw::Language::Chinese)) == "帖子");
    CHECK(std::string(translations.get("tab.draft", cw::Language::English)) == "Post");
}

TEST_CASE("a missing half, a wrong type and a duplicate key are reported")
{
    cw::Translations translations;
    auto problems = translations.add_file(R"({"a": {"zh": "甲"}, "b": "text"})", "one.json");
    CHECK(problems == std::vector<std::string>{"one.json: a: missing \"en\"",
                                               "one.json: b: expected an object with \"zh\" and \"en\""});
    problems = translations.add_file(R"({"a": {"zh": "甲", "en": "A"}})", "two.json");
    CHECK(problems == std::vector<std::string>{"two.json: a: defined twice"});
    CHECK(translations.add_file("not json", "three.json").size() == 1);
}

TEST_CASE("an unknown key shows itself instead of an empty label")
{
    cw::Translations translations;
    CHECK(std::string(translations.get("no.such.key", cw::Language::English)) == "no.such.key");
}

TEST_CASE("fill puts the arguments into the placeholders in order, and never fails")
{
    CHECK(cw::fill("{} / {} checks pass", {"5", "7"}) == "5 / 7 checks pass");
    CHECK(cw::fill("only {}", {"one", "two"}) == "only one");
    CHECK(cw::fill("{} and {}", {"one"}) == "one and {}");
    CHECK(cw::fill("no placeholder {", {"x"}) == "no placeholder {");
    // Kept arguments (a notice's) fill in one pass: a "{}" inside an argument is not a placeholder.
    const std::vector<std::string> kept{"https://example.com/{}", "HTTP 404"};
    CHECK(cw::fill("the file at {} could not be used ({})", kept) == "the file at https://example.com/{} could not be used (HTTP 404)");
}
