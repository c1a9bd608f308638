#include "core/campaign/campaign_check.h"
#include "core/check/fix.h"
#include "core/text/utf8.h"

#include "test_campaigns.h"

#include <catch2/catch.hpp>

TEST_CASE("an insert at the end of a draft starts a new line")
{
    const auto fixed = cw::apply_fix("关注 $OBOL", {cw::FixKind::Insert, 12, 12, "https://www.gate.io/trade/OBOL_USDT"});
    CHECK(fixed.text == "关注 $OBOL\nhttps://www.gate.io/trade/OBOL_USDT");
    CHECK(fixed.text.substr(fixed.changed_start, fixed.changed_end - fixed.changed_start) ==
          "https://www.gate.io/trade/OBOL_USDT");
}

TEST_CASE("an insert into an empty draft or after a line break adds no extra line")
{
    CHECK(cw::apply_fix("", {cw::FixKind::Insert, 0, 0, "$OBOL"}).text == "$OBOL");
    CHECK(cw::apply_fix("a\n", {cw::FixKind::Insert, 2, 2, "$OBOL"}).text == "a\n$OBOL");
}

TEST_CASE("a replace swaps exactly the near-miss link")
{
    const std::string draft = "买 https://www.gate.io/trade/OBOL_BTC 吧";
    const std::size_t start = draft.find("https");
    const std::size_t end = draft.find(" 吧");
    const auto fixed = cw::apply_fix(draft, {cw::FixKind::Replace, start, end, "https://www.gate.io/trade/OBOL_USDT"});
    CHECK(fixed.text == "买 https://www.gate.io/trade/OBOL_USDT 吧");
    CHECK(fixed.changed_start == start);
    CHECK(fixed.changed_end == start + 35);
}

TEST_CASE("offsets past the end are clamped, never read out of bounds")
{
    CHECK(cw::apply_fix("abc", {cw::FixKind::Replace, 2, 99, "Z"}).text == "abZ");
    CHECK(cw::apply_fix("abc", {cw::FixKind::Replace, 50, 99, "Z"}).text == "abcZ");
    CHECK(cw::apply_fix("abc", {cw::FixKind::Insert, 50, 50, "Z"}).text == "abc\nZ");
}

// Found by fuzz/draft_check_fuzzer (its input, minimized: the one-byte draft "\x1F"): the check's insert
// already starts with a line break, and apply_fix added a second one, so the Fix button left an empty
// line before the link and did something else than the report (and the JS API) says.
TEST_CASE("a fix from the check applies exactly as the report gives it, one line break before a missing link")
{
    const cw::Campaign campaign = shipped_campaign("obol.json");
    for (const std::string draft : {"\x1F", "关注 $OBOL：https://www.gate.io/trade/OBOL_USDT"}) {
        INFO(draft);
        const cw::Report report = cw::check_draft(campaign, draft, cw::Language::Chinese);
        for (const cw::Finding& finding : report.findings) {
            if (finding.id != "link.launchpool") continue;
            REQUIRE(finding.fix);
            REQUIRE(finding.fix->text.front() == '\n');
            const cw::FixedDraft fixed = cw::apply_fix(draft, *finding.fix);
            CHECK(fixed.text == draft + finding.fix->text);
            CHECK(fixed.text.find("\n\n") == std::string::npos);
        }
    }
}

// Found by the draft_check fuzz target: removing a forbidden word between a host and a path made them
// one new link.
TEST_CASE("a removal keeps apart what would join into a word or a link, and joins Chinese text as it was")
{
    const std::string glued = "exchange.example.com加微信/e?ref=1";
    const auto at = glued.find("加微信");
    CHECK(cw::apply_fix(glued, cw::removal_fix(glued, at, at + std::string("加微信").size())).text == "exchange.example.com /e?ref=1");
    const std::string words = "abc加微信def";
    CHECK(cw::apply_fix(words, cw::removal_fix(words, 3, 12)).text == "abc def");
    const std::string chinese = "交流加微信好吗";
    CHECK(cw::apply_fix(chinese, cw::removal_fix(chinese, 6, 15)).text == "交流好吗");
    const std::string spaced = "交流 加微信 好吗";
    CHECK(cw::apply_fix(spaced, cw::removal_fix(spaced, 7, 16)).text == "交流  好吗");
}

TEST_CASE("a removal between broken bytes never joins them into a new character (found by fuzz/draft_check_fuzzer)")
{
    // "广" cut short (\xe5\xb9) before the word and a stray \x96 after it: side by side they would read
    // as one character (幖), and what was left would count one character less than before the fix.
    const std::string broken = "\xe5\xb9" "邀請碼" "\x96" "帖";
    const std::size_t start = 2;
    const std::size_t end = start + std::string("邀請碼").size();
    const std::string fixed = cw::apply_fix(broken, cw::removal_fix(broken, start, end)).text;
    CHECK(cw::decode_utf8(fixed).code_points == cw::decode_utf8(std::string("\xe5\xb9 \x96" "帖")).code_points);
    CHECK(cw::decode_utf8(fixed).code_points.size() == 4); // U+FFFD, a space, U+FFFD, 帖
}
