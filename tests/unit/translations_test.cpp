#include "core/i18n/catalogue.h"
#include "core/i18n/translations.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>

namespace {

struct ShippedFile {
    std::string name; // "common.json"
    std::string text;
};

// The catalogue's files as written (assets/i18n), before the build adds their Traditional texts.
std::vector<ShippedFile> shipped_files()
{
    std::vector<ShippedFile> files;
    for (const auto& entry : std::filesystem::directory_iterator(std::string(CW_SOURCE_DIR) + "/assets/i18n")) {
        std::ifstream file(entry.path(), std::ios::binary);
        files.push_back({entry.path().filename().string(), std::string((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>())});
    }
    return files;
}

// The placeholders a text holds, each once: "{0} of {1}" gives {0} and {1}.
std::set<std::string> placeholders(std::string_view text)
{
    std::set<std::string> found;
    for (std::size_t at = text.find('{'); at != std::string_view::npos; at = text.find('{', at + 1)) {
        const std::size_t end = text.find('}', at);
        if (end != std::string_view::npos) found.insert(std::string(text.substr(at, end + 1 - at)));
    }
    return found;
}

} // namespace

TEST_CASE("every shipped translation file gives every key in both languages")
{
    cw::Translations translations;
    int files = 0;
    for (const ShippedFile& file : shipped_files()) {
        const auto problems = translations.add_file(file.text, file.name);
        INFO(file.name);
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

TEST_CASE("texts compiled in are found by key, and a missing half reads the other language")
{
    // Sorted by key, as scripts/compile_catalogue.py writes them; zh_hant nullptr reads as Simplified.
    static const cw::CatalogueEntry entries[] = {
        {"a.first", "甲", "First", "甲"},
        {"b.second", "说明", "Second", nullptr},
        {"c.third", "链接", "Link", "連結"},
    };
    const cw::Translations translations(entries, std::size(entries));
    CHECK(translations.size() == 3);
    CHECK(translations.contains("b.second"));
    CHECK_FALSE(translations.contains("b"));
    CHECK(std::string(translations.get("a.first", cw::Language::English)) == "First");
    CHECK(std::string(translations.get("c.third", cw::Language::TraditionalChinese)) == "連結");
    CHECK(std::string(translations.get("b.second", cw::Language::TraditionalChinese)) == "说明");
    CHECK(std::string(translations.get("c.third", cw::Language::Chinese)) == "链接");
    CHECK(std::string(translations.get("d.fourth", cw::Language::Chinese)) == "d.fourth");
    CHECK(translations.get("c.third", cw::Language::English) == entries[2].en); // found where it is, not copied
}

TEST_CASE("a file's key with one half missing reads the other half, as a campaign's text does")
{
    cw::Translations translations;
    const auto problems = translations.add_file(R"({"z": {"zh": "乙"}, "y": {"en": "Why", "zh": "为何", "zh-Hant": "為何"}})", "one.json");
    CHECK(problems.size() == 1);
    CHECK(std::string(translations.get("z", cw::Language::English)) == "乙");
    CHECK(std::string(translations.get("y", cw::Language::TraditionalChinese)) == "為何");
    CHECK(std::string(translations.get("y", cw::Language::English)) == "Why");
}

TEST_CASE("the compiled catalogue holds every key of the shipped files")
{
    int keys = 0;
    for (const ShippedFile& file : shipped_files()) {
        const auto document = nlohmann::json::parse(file.text);
        for (const auto& [key, languages] : document.items()) {
            INFO(file.name << ": " << key);
            CHECK(cw::catalogue().contains(key));
            CHECK(std::string(cw::catalogue().get(key, cw::Language::English)) == languages["en"].get<std::string>());
            ++keys;
        }
    }
    CHECK(keys == static_cast<int>(cw::catalogue().size()));
}

TEST_CASE("fill puts each argument where its number stands, and never fails")
{
    CHECK(cw::fill("{0} / {1} checks pass", {"5", "7"}) == "5 / 7 checks pass");
    // By position: a language may put the values in another order, or use one twice.
    CHECK(cw::fill("{1} 中的 {0}", {"5", "7"}) == "7 中的 5");
    CHECK(cw::fill("{0} {1}, at least {2} {1}", {"3", "字", "5"}) == "3 字, at least 5 字");
    CHECK(cw::fill("only {0}", {"one", "two"}) == "only one");
    // A placeholder with no argument stays as written, so the gap shows.
    CHECK(cw::fill("{0} and {1}", {"one"}) == "one and {1}");
    CHECK(cw::fill("no placeholder {", {"x"}) == "no placeholder {");
    CHECK(cw::fill("{x} {12", {"x"}) == "{x} {12");
    CHECK(cw::fill("{10}", {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "ten"}) == "ten");
    // Kept arguments (a notice's) fill in one pass: a "{0}" inside an argument is not a placeholder.
    const std::vector<std::string> kept{"https://example.com/{1}", "HTTP 404"};
    CHECK(cw::fill("the file at {0} could not be used ({1})", kept) == "the file at https://example.com/{1} could not be used (HTTP 404)");
}

TEST_CASE("the catalogue is compiled in, with its Traditional Chinese texts")
{
    const cw::Translations& catalogue = cw::catalogue();
    CHECK(&catalogue == &cw::catalogue()); // made once
    CHECK(std::string(catalogue.get("tab.draft", cw::Language::Chinese)) == "帖子");
    CHECK(std::string(catalogue.get("tab.draft", cw::Language::English)) == "Post");
    // Converted at build time (OpenCC, Taiwan phrasing): 链接 reads 連結.
    const std::string traditional = catalogue.get("draft.counts-zi", cw::Language::TraditionalChinese);
    CHECK(traditional.find("連結") != std::string::npos);
    CHECK(traditional.find("{0}") != std::string::npos);
}

TEST_CASE("every catalogue text writes its placeholders by number, {0} {1} …")
{
    for (const ShippedFile& file : shipped_files()) {
        const auto document = nlohmann::json::parse(file.text);
        for (const auto& [key, languages] : document.items()) {
            INFO(file.name << ": " << key);
            for (const char* language : {"zh", "en"}) {
                for (const std::string& placeholder : placeholders(languages[language].get<std::string>())) {
                    INFO(language << ": " << placeholder);
                    // "{", a number, "}": no bare "{}", no name.
                    CHECK(placeholder.size() > 2);
                    CHECK(placeholder.find_first_not_of("0123456789", 1) == placeholder.size() - 1);
                }
            }
        }
    }
}

TEST_CASE("catalogue_text says a catalogue sentence in the language with its values filled")
{
    CHECK(cw::catalogue_text("period.ends-in-days", cw::Language::English, {"3", "2026-01-15"}) == "Ends in 3 days, on 2026-01-15.");
    CHECK(cw::catalogue_text("period.ends-in-days", cw::Language::Chinese, {"3", "2026-01-15"}) == "3 天后结束（2026-01-15）。");
    CHECK(cw::catalogue_text("tab.draft", cw::Language::English) == "Post");
    CHECK(cw::catalogue_text("no.such.key", cw::Language::English, {"x"}) == "no.such.key");
}

TEST_CASE("catalogue_count_text says a count of one with the key's .one form, where there is one")
{
    CHECK(cw::catalogue_count_text("launchpool.result", 1, cw::Language::English, {"1", "2", "2"}) == "Over 1 day: about 2 USDT, about 2 USDT a day");
    CHECK(cw::catalogue_count_text("launchpool.result", 30, cw::Language::English, {"30", "60", "2"}) == "Over 30 days: about 60 USDT, about 2 USDT a day");
    CHECK(cw::catalogue_count_text("launchpool.result", 1, cw::Language::Chinese, {"1", "2", "2"}) == "1 天约可得 2 USDT，平均每天约 2 USDT");
    CHECK(cw::catalogue_count_text("launchpool.result", 0, cw::Language::English, {"0", "0", "0"}) == "Over 0 days: about 0 USDT, about 0 USDT a day");
    // A key with no .one form says every count alike.
    CHECK(cw::catalogue_count_text("tab.draft", 1, cw::Language::English) == "Post");
}

// Each .one form stands beside its key, with the same placeholders in each language.
TEST_CASE("every .one form of the catalogue has its plural key, with the same placeholders")
{
    int forms = 0;
    for (const ShippedFile& file : shipped_files()) {
        const auto document = nlohmann::json::parse(file.text);
        for (const auto& [key, languages] : document.items()) {
            if (key.size() < 4 || key.compare(key.size() - 4, 4, ".one") != 0) continue;
            ++forms;
            const std::string plural = key.substr(0, key.size() - 4);
            INFO(file.name << ": " << key);
            REQUIRE(document.contains(plural));
            for (const char* language : {"zh", "en"}) {
                CHECK(placeholders(languages[language].get<std::string>()) == placeholders(document[plural][language].get<std::string>()));
            }
        }
    }
    CHECK(forms >= 9);
}

TEST_CASE("fill has one placeholder syntax: a bare {} is text, not a placeholder")
{
    CHECK(cw::fill("{} and {0}", {"a"}) == "{} and a");
    CHECK(cw::fill("{1}{0}", {"a", "b"}) == "ba");
}
