// The person's own words are counted: hashtags, links, emoji and punctuation are not. 字: each CJK
// character one, each run of Latin letters or digits one; words: each whitespace-separated word
// holding a letter or digit. Meaningful content fails an empty own text, fewer than 5 distinct
// characters, or one unit of at most 4 characters repeated 3 or more times.
#include "core/campaign/campaign_check.h"
#include "core/check/own_text.h"
#include "core/check/post_content.h"
#include "core/text/utf8.h"

#include "test_campaigns.h"

#include <catch2/catch.hpp>

#include <algorithm>

using cw::Language;
using cw::Status;

namespace {

// "#我在广场发首帖" (post 16182236): 大于 30 字, no pure emoji or meaningless characters, both required.
const cw::Campaign& first_post_on_square()
{
    static const cw::Campaign campaign = [] {
        cw::Campaign c = shipped_campaign("gate-square-2026-first-post.json");
        c.requirements.all<cw::HashtagRequirement>()[0].spellings = {"#我在广场发首帖"};
        c.requirements.one<cw::PostLengthRequirement>()->minimum_characters = 30;
        c.requirements.one<cw::PostLengthRequirement>()->minimum_words = 30;
        c.requirements.one<cw::PostLengthRequirement>()->strict = true;
        c.requirements.one<cw::MeaningfulContentRequirement>()->required = true;
        return c;
    }();
    return campaign;
}

cw::Finding finding(const cw::Report& report, const std::string& id)
{
    const auto found = std::find_if(report.findings.begin(), report.findings.end(),
                                    [&](const cw::Finding& f) { return f.id == id; });
    if (found == report.findings.end()) FAIL("no finding " << id);
    return *found;
}

std::string repeated(const std::string& piece, int times)
{
    std::string out;
    for (int i = 0; i < times; ++i) out += piece;
    return out;
}

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

cw::PostLength measure(const std::string& text)
{
    return cw::measure_post(cw::decode_utf8(text).code_points);
}

cw::ContentProblem judge(const std::string& text)
{
    return cw::judge_content(cw::decode_utf8(text).code_points);
}

} // namespace

TEST_CASE("字 counts each CJK character and each run of Latin letters or digits once; punctuation and emoji are not counted")
{
    CHECK(measure("新年快乐，Gate 广场！").characters == 7);
    CHECK(measure("我买了 $OBOL 和 2026 年的 BTC🚀🚀").characters == 9);
    CHECK(measure("😂😂😂！！！……").characters == 0);
    CHECK(measure("Web3 很酷").characters == 3);
}

TEST_CASE("a number with separators or a word with an apostrophe counts once")
{
    // "60,000" and "3.5" are one number each, "OBOL's" one word: counted as two runs each, a post could
    // be called long enough that an organiser counting numbers and words finds short.
    CHECK(measure("BTC 从 60,000 涨到 100,000，收益 3.5 倍").characters == 10);
    CHECK(measure("2,250,000 OBOL").characters == 2);
    CHECK(measure("2026.01.15 见").characters == 2);
    CHECK(measure("OBOL's APR, isn’t it").characters == 4);
    // Only between two digits (a number) or two letters (an apostrophe) : what is written apart stays apart.
    CHECK(measure("GT,BTC 和 OBOL").characters == 4);
    CHECK(measure("3. 5 和 3 .5，'OBOL'").characters == 6);
    CHECK(measure("It's 2,250,000 OBOL").words == 3);
}

TEST_CASE("words are whitespace-separated and hold a letter or digit")
{
    CHECK(measure("My first post of 2026, isn't it well-made?").words == 8);
    CHECK(measure("Hello , world ! 🚀 — 2026").words == 3);
}

TEST_CASE("a hashtag followed by 27 emoji is neither long enough nor meaningful")
{
    const auto report = cw::check_draft(first_post_on_square(), "#我在广场发首帖 " + repeated("😀", 27), Language::Chinese);
    CHECK(finding(report, "hashtag.first-post").status == Status::Pass);
    CHECK(finding(report, "length.30").status == Status::Fail);
    CHECK(finding(report, "content.meaningful").status == Status::Fail);
    CHECK_FALSE(report.ready);
}

TEST_CASE("a hashtag followed by 好 ×31 is long enough but not meaningful")
{
    const auto report = cw::check_draft(first_post_on_square(), "#我在广场发首帖 " + repeated("好", 31), Language::Chinese);
    CHECK(finding(report, "length.30").status == Status::Pass);
    CHECK(finding(report, "content.meaningful").status == Status::Fail);
    CHECK_FALSE(report.ready);
}

TEST_CASE("a hashtag followed by \"2026\" ×8 is one number, and meaningless")
{
    const auto glued = cw::check_draft(first_post_on_square(), "#我在广场发首帖 " + repeated("2026", 8), Language::Chinese);
    CHECK(finding(glued, "length.30").status == Status::Fail);
    CHECK(finding(glued, "content.meaningful").status == Status::Fail);
    const auto spaced = cw::check_draft(first_post_on_square(), "#我在广场发首帖 " + repeated("2026 ", 8), Language::Chinese);
    CHECK(finding(spaced, "content.meaningful").status == Status::Fail);
    CHECK_FALSE(spaced.ready);
}

TEST_CASE("the hashtag's own characters do not count toward the 30 字")
{
    // 23 characters of one's own words, 30 with the hashtag's 7.
    const std::string own = "今天第一次在广场发帖，希望和大家一起学习交流，加油";
    REQUIRE(measure(own).characters == 23);
    const auto report = cw::check_draft(first_post_on_square(), "#我在广场发首帖 " + own, Language::Chinese);
    CHECK(finding(report, "length.30").status == Status::Fail);
    CHECK(contains(finding(report, "length.30").message, "23"));
    const auto longer = cw::check_draft(first_post_on_square(), "#我在广场发首帖 " + own + "，也想认识更多朋友们！", Language::Chinese);
    CHECK(finding(longer, "length.30").status == Status::Pass);
    CHECK(finding(longer, "content.meaningful").status == Status::Pass);
    CHECK(longer.ready);
}

TEST_CASE("one pass counts the own words as every length rule reads them: 字, words, counted characters, their weight")
{
    // Full-width letters and the ideographic space fold; kNotOwn (a link or hashtag was there) keeps
    // the words on either side apart and is not counted; emoji and punctuation are not counted.
    const std::u32string text = cw::decode_utf8("Ｇａｔｅ\u3000广场！ 2026年 é😀").code_points + cw::kNotOwn + U"ab c";
    const cw::OwnWordsCount count = cw::count_own_words(text);
    CHECK(count.post.characters == cw::measure_post(text).characters);
    CHECK(count.post.words == cw::measure_post(text).words);
    CHECK(count.post.characters == 8); // Gate, 广, 场, 2026, 年, é, ab, c: runs and ideographs
    CHECK(count.post.words == 5);      // Gate / 广场！ / 2026年 / é😀￼ab / c
    CHECK(count.code_points == 15);    // Gate 4, 广场 2, 2026 4, 年, é, ab 2, c
    // Full-width letters and ideographs weigh 2, the rest 1.
    CHECK(count.weighted == 4 * 2 + 2 * 2 + 4 + 2 + 1 + 2 + 1);
}

TEST_CASE("meaningful content: no own text, fewer than 5 distinct characters, or a short unit repeated")
{
    CHECK(judge("😂😂😂 !!! 🚀") == cw::ContentProblem::OnlySymbols);
    CHECK(judge("   ") == cw::ContentProblem::OnlySymbols);
    CHECK(judge("哈哈哈哈哈哈 😂") == cw::ContentProblem::RepeatedCharacters);
    CHECK(judge("1111") == cw::ContentProblem::RepeatedCharacters);
    CHECK(judge("新年快乐新年快乐新年快乐") == cw::ContentProblem::RepeatedCharacters);
    CHECK(judge("2026 2026 2026") == cw::ContentProblem::RepeatedCharacters);
    CHECK(judge("新年快乐 🎉") == cw::ContentProblem::TooFewCharacters);
    CHECK(judge("abcd abcd") == cw::ContentProblem::TooFewCharacters);
    CHECK(judge("新年快乐！祝大家") == cw::ContentProblem::None);
    CHECK(judge("abcdeabcdeabcde") == cw::ContentProblem::None);
}

TEST_CASE("a post of only a hashtag and a link has no words of its own")
{
    const auto report = cw::check_draft(first_post_on_square(), "#我在广场发首帖 https://www.gate.com/zh/post/status/123", Language::English);
    const auto content = finding(report, "content.meaningful");
    CHECK(content.status == Status::Fail);
    CHECK(contains(content.message, "own"));
}

TEST_CASE("an optional content rule warns and says it is a suggestion; a required one fails and does not")
{
    const cw::Campaign& shipped = [] () -> const cw::Campaign& {
        static const cw::Campaign c = shipped_campaign("gate-square-2026-first-post.json");
        return c;
    }();
    REQUIRE_FALSE(shipped.requirements.one<cw::MeaningfulContentRequirement>()->required);
    const auto en = finding(cw::check_draft(shipped, repeated("😂", 4), Language::English), "content.meaningful");
    CHECK(en.status == Status::Warn);
    CHECK(contains(en.message, "suggestion"));
    CHECK_FALSE(contains(en.message, "does not accept"));
    const auto zh = finding(cw::check_draft(shipped, repeated("😂", 4), Language::Chinese), "content.meaningful");
    CHECK(contains(zh.message, "建议"));
    const auto required = finding(cw::check_draft(first_post_on_square(), repeated("😂", 4), Language::English), "content.meaningful");
    CHECK(required.status == Status::Fail);
    CHECK_FALSE(contains(required.message, "suggestion"));
}

TEST_CASE("an optional length warns and says it is a suggestion")
{
    cw::Campaign campaign = first_post_on_square();
    campaign.requirements.one<cw::PostLengthRequirement>()->required = false;
    const auto length = finding(cw::check_draft(campaign, "#我在广场发首帖 你好世界", Language::English), "length.30");
    CHECK(length.status == Status::Warn);
    CHECK(contains(length.message, "suggestion"));
}

TEST_CASE("the own text reads every hashtag and every blanked range as kNotOwn, and the ranges counted as ASCII folded")
{
    const std::u32string text = cw::decode_utf8("好 #Gate广场# 看 gate.io/x ＯＢＯＬ 棒").code_points;
    const std::size_t link = text.find(U"gate.io/x");
    const std::size_t mention = text.find(U"ＯＢＯＬ");
    const cw::OwnText own(text, {{link, link + 9}}, {{mention, mention + 4}});
    CHECK(own.size() == text.size());
    CHECK(own.str() == U"好 " + std::u32string(8, cw::kNotOwn) + U" 看 " + std::u32string(9, cw::kNotOwn) + U" OBOL 棒");
    // A '#' blanked already (a link's fragment) opens no hashtag: the words after it stay the writer's.
    const std::u32string glued = cw::decode_utf8("gate.io/x#好 看").code_points;
    CHECK(cw::OwnText(glued, {{0, 10}}).str() == std::u32string(10, cw::kNotOwn) + U"好 看");
    // Ranges past the end are cut to the text; an empty text reads empty.
    CHECK(cw::OwnText(text, {{text.size() - 1, text.size() + 5}}).str().back() == cw::kNotOwn);
    CHECK(cw::OwnText().empty());
    // The counts and the content read the own text as its copy would read.
    CHECK(cw::count_own_words(own).post.characters == cw::count_own_words(own.str()).post.characters);
    CHECK(cw::count_own_words(own).weighted == cw::count_own_words(own.str()).weighted);
    CHECK(cw::judge_content(own) == cw::judge_content(own.str()));
}

TEST_CASE("a repeated unit is the whole of the counted characters, three times or more, whatever stands between")
{
    CHECK(judge("哈哈") == cw::ContentProblem::TooFewCharacters);                 // twice is not three times
    CHECK(judge("新年快乐新年快乐") == cw::ContentProblem::TooFewCharacters);     // a unit of 4, twice
    CHECK(judge("ab ab ab a") == cw::ContentProblem::TooFewCharacters);           // not whole units
    CHECK(judge("哈，哈！哈 😂 哈") == cw::ContentProblem::RepeatedCharacters);   // punctuation and emoji not counted
    CHECK(judge("ＡbａB AB") == cw::ContentProblem::RepeatedCharacters);          // folded: width and case
    CHECK(judge("新年快乐新年快乐新年快乐！祝") == cw::ContentProblem::None);     // one more character ends it
    CHECK(judge("好好好好好好好好好好好好坏") == cw::ContentProblem::TooFewCharacters);
}
