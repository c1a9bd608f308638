#include "core/check/keyword_index.h"

#include "core/text/character_class.h"
#include "core/text/utf8.h"

#include <catch2/catch.hpp>

namespace {
// How often each keyword occurs in a text.
std::vector<std::size_t> counts(const std::vector<std::string>& keywords, const std::string& text)
{
    const cw::KeywordIndex index(keywords);
    std::vector<std::size_t> result;
    for (const auto& found : index.search(cw::searchable_text(cw::decode_utf8(text).code_points))) result.push_back(found.count);
    return result;
}
} // namespace

TEST_CASE("keywords match the way a reader would count them")
{
    struct Case {
        const char* behaviour;
        std::string keyword;
        std::string text;
        std::size_t count;
    };
    const std::vector<Case> cases = {
        {"an ASCII word matches without case", "obol", "OBOL Obol obol", 3},
        {"an ASCII word matches only on word boundaries", "DV", "DVD ADV DV_x DV", 1},
        {"an ASCII word matches right next to CJK", "DV", "分布式DV技术", 1},
        {"a full-width ASCII word matches after folding", "OBOL", "ＯＢＯＬ", 1},
        {"a keyword given in full-width matches ASCII text", "ＧＴ", "stake GT", 1},
        {"CJK matches as a substring", "验证器", "分布式验证器和验证器们", 2},
        {"a keyword mixing CJK and ASCII matches", "OBOL代币", "关注obol代币！", 1},
        {"a keyword ending in * matches the start of a word", "validator*", "validators, validator, invalidator", 2},
        {"a number keyword needs boundaries on its digits", "2,250,000", "12,250,000 与 2,250,000 枚", 1},
        {"a keyword ending in a sign needs no boundary after it", "168%", "年化168%起", 1},
        {"a keyword starting with a sign needs no boundary before it", "$OBOL", "关注$OBOL。US$OBOL", 2},
        {"a keyword with a space matches any white space", "single point", "single\npoint, single\u3000point", 2},
        {"overlapping CJK keywords are all found", "哈哈", "哈哈哈哈", 3},
        {"a keyword that is not in the text is counted zero times", "launchpool", "staking", 0},
    };
    for (const Case& c : cases) {
        INFO(c.behaviour);
        CHECK(counts({c.keyword}, c.text) == std::vector<std::size_t>{c.count});
    }
}

TEST_CASE("many keywords are found in one pass, each with its own count")
{
    CHECK(counts({"he", "she", "his", "hers", "her"}, "ushers his she") == std::vector<std::size_t>{0, 1, 1, 0, 0});
    CHECK(counts({"分布式", "式验证", "验证器"}, "分布式验证器") == std::vector<std::size_t>{1, 1, 1});
    CHECK(counts({"obol", "obol", ""}, "obol") == std::vector<std::size_t>{1, 1, 0});
}

TEST_CASE("an occurrence is given as a code point range")
{
    const cw::KeywordIndex index({"$obol"});
    const auto found = index.search(cw::searchable_text(cw::decode_utf8("关注＄OBOL。").code_points));
    REQUIRE(found[0].first.size() == 1);
    CHECK(found[0].first[0] == std::pair<std::size_t, std::size_t>{2, 7});
}

TEST_CASE("only the first occurrences are kept, but all are counted")
{
    std::string text;
    for (int i = 0; i < 1000; ++i) text += "OBOL ";
    const cw::KeywordIndex index({"obol"});
    const auto found = index.search(cw::searchable_text(cw::decode_utf8(text).code_points));
    CHECK(found[0].count == 1000);
    CHECK(found[0].first.size() == cw::KeywordIndex::kRecordedPerKeyword);
}

TEST_CASE("every character is searched as its searchable form: full-width forms and Unicode spaces as ASCII")
{
    // Each printable ASCII character a keyword, and one with a space; every BMP character past ASCII
    // between an x and a y. The draft and its searchable_text() must give the same counts.
    std::vector<std::string> keywords = {"x y"};
    for (char c = '!'; c <= '~'; ++c) keywords.push_back(std::string(1, c));
    std::u32string text;
    for (char32_t c = 0x80; c < 0x10000; ++c) {
        if (c >= 0xD800 && c <= 0xDFFF) continue;
        text += U'x';
        text += c;
        text += U"y ";
    }
    const cw::KeywordIndex index(keywords);
    const auto as_written = index.search(text);
    const auto as_searched = index.search(cw::searchable_text(text));
    REQUIRE(as_written.size() == as_searched.size());
    for (std::size_t k = 0; k < as_written.size(); ++k) {
        INFO("keyword " << keywords[k]);
        CHECK(as_written[k].count == as_searched[k].count);
    }
    // "x y" through the 17 spaces: U+00A0, U+2000..U+200A, U+2028, U+2029, U+202F, U+205F, U+3000.
    CHECK(as_written[0].count == 17);
    CHECK(as_written[1 + '$' - '!'].count == 1); // ＄
}

// An index that reads through the characters that draw nothing marks them from their ranges; the test
// of one character (is_invisible_format()) must name the same set, or a character would be read through
// by one and not the other.
TEST_CASE("the invisible characters' ranges are exactly the characters is_invisible_format() names")
{
    std::size_t in_ranges = 0;
    for (char32_t c = 0; c <= 0x10FFFF; ++c) {
        bool ranged = false;
        for (const auto& [first, last] : cw::kInvisibleFormatRanges) ranged = ranged || (c >= first && c <= last);
        if (ranged != cw::is_invisible_format(c)) FAIL_CHECK("U+" << std::hex << static_cast<std::uint32_t>(c));
        in_ranges += ranged;
    }
    CHECK(in_ranges == 22);
}
