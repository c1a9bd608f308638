// Gate Square's standing campaign #我在广场发首帖 (assets/campaigns/gate-square-first-post-on-square.json),
// written in format 2 from its announcement's rules: open-ended and settled monthly, a #tag, more than
// 30 字 of one's own words, no pure emoji or meaningless characters, no advertising or traffic
// diversion. Each fixture is a messy post as people write them; each test says the verdict a person
// expects.
#include "core/campaign/campaign_check.h"
#include "core/campaign/campaign_period.h"
#include "core/check/fix.h"

#include "test_campaigns.h"

#include <catch2/catch.hpp>

#include <algorithm>

using cw::Language;
using cw::Status;

namespace {

const cw::Campaign& campaign()
{
    static const cw::Campaign loaded = shipped_campaign("gate-square-first-post-on-square.json");
    return loaded;
}

// The campaign with its hashtag spelled otherwise (a Latin tag, a "#…#" one).
cw::Campaign with_hashtag(const std::string& spelling)
{
    cw::Campaign changed = campaign();
    changed.requirements.all<cw::HashtagRequirement>()[0].spellings = {spelling};
    return changed;
}

std::string post(const std::string& name)
{
    return read_source_file("tests/fixtures/drafts/gate-square-first-post-on-square/" + name);
}

cw::Finding finding(const cw::Report& report, const std::string& id)
{
    const auto found = std::find_if(report.findings.begin(), report.findings.end(),
                                    [&](const cw::Finding& f) { return f.id == id; });
    if (found == report.findings.end()) FAIL("no finding " << id);
    return *found;
}

Status status(const std::string& name, const std::string& id)
{
    return finding(cw::check_draft(campaign(), post(name), Language::Chinese), id).status;
}

} // namespace

TEST_CASE("the campaign is open-ended, settled monthly, and asks the person to confirm what only they know")
{
    REQUIRE(campaign().period);
    CHECK(campaign().period->open_ended);
    const cw::PeriodNotice notice = cw::describe_period(*campaign().period, 1767225600, 480, Language::Chinese);
    CHECK(notice.state == cw::PeriodState::Open);
    CHECK(notice.text.find("每月结算") != std::string::npos);
    CHECK(campaign().requirements.all<cw::SelfConfirmedItem>().size() == 2);
    CHECK(campaign().requirements.all<cw::ForbiddenRequirement>().size() == 1);
    CHECK(campaign().launchpool == std::nullopt);
}

TEST_CASE("a real first post is ready")
{
    const auto report = cw::check_draft(campaign(), post("ready.txt"), Language::Chinese);
    for (const auto& f : report.findings) {
        INFO(f.id << ": " << f.message);
        CHECK(f.status == Status::Pass);
    }
    CHECK(report.ready);
}

TEST_CASE("the hashtag and 27 emoji: too short and not meaningful")
{
    CHECK(status("emoji.txt", "hashtag.first-post-on-square") == Status::Pass);
    CHECK(status("emoji.txt", "length.more-than-30") == Status::Fail);
    CHECK(status("emoji.txt", "content.meaningful") == Status::Fail);
}

TEST_CASE("好 ×31: long enough, but meaningless")
{
    CHECK(status("repeated.txt", "length.more-than-30") == Status::Pass);
    CHECK(status("repeated.txt", "content.meaningful") == Status::Fail);
}

TEST_CASE("2026 ×8: one number, and meaningless")
{
    CHECK(status("numbers.txt", "length.more-than-30") == Status::Fail);
    CHECK(status("numbers.txt", "content.meaningful") == Status::Fail);
}

TEST_CASE("exactly 30 字 is not more than 30")
{
    const auto length = finding(cw::check_draft(campaign(), post("exactly-30.txt"), Language::Chinese), "length.more-than-30");
    CHECK(length.status == Status::Fail);
    CHECK(length.message.rfind("30 字", 0) == 0);
}

TEST_CASE("advertising: WeChat, a group, a referral code in Traditional characters and a Telegram link, all marked")
{
    const std::string draft = post("advertising.txt");
    const auto report = cw::check_draft(campaign(), draft, Language::Chinese);
    const auto ads = finding(report, "forbidden.advertising");
    CHECK(ads.status == Status::Fail);
    std::vector<std::string> spans;
    for (const auto& span : ads.spans) spans.push_back(span.text);
    CHECK(spans == std::vector<std::string>{"加微信", "拉群", "邀請碼", "返佣", "https://t.me/xxx_vip"});
    CHECK_FALSE(report.ready);
    // The post is long enough without them: what was advertising is not counted as the person's words.
    CHECK(finding(report, "length.more-than-30").status == Status::Pass);
    // Fixing one by one clears them, and the length still passes.
    std::string fixed = draft;
    for (int round = 0; round < 8; ++round) {
        const auto again = cw::check_draft(campaign(), fixed, Language::Chinese);
        const auto f = finding(again, "forbidden.advertising");
        if (f.status == Status::Pass) break;
        REQUIRE(f.fix);
        fixed = cw::apply_fix(fixed, *f.fix).text;
    }
    const auto clean = cw::check_draft(campaign(), fixed, Language::Chinese);
    CHECK(finding(clean, "forbidden.advertising").status == Status::Pass);
    CHECK(finding(clean, "length.more-than-30").status == Status::Pass);
}

TEST_CASE("removing a forbidden word never joins what is left into another: no fix is offered then, and the finding still names it")
{
    // "DM me" glued to a link it hides ("mewww…" is no link), and "返佣" between the halves of "微信号".
    // Removing either would leave a new forbidden link or word where it was: the Fix would mend nothing.
    // And "加微信" between the words of "DM me" (found by the draft_check fuzz target): a forbidden phrase
    // holds spaces, so the text beyond the space next to the removal makes it too.
    for (const std::string draft : {std::string("Obol 是以太坊上的分布式验证器网络，想了解更多DM mewww.oate.io的空投规则。#我在广场发首帖"),
                                    std::string("Obol 是以太坊上的分布式验证器网络，容错而且没有单点故障，微返佣信号。#我在广场发首帖"),
                                    std::string("Obol 是以太坊上的分布式验证器网络，想了解更多请DM 加微信me，一起交流空投规则。#我在广场发首帖")}) {
        const auto report = cw::check_draft(campaign(), draft, Language::Chinese);
        const auto ads = finding(report, "forbidden.advertising");
        CHECK(ads.status == Status::Fail);
        REQUIRE_FALSE(ads.spans.empty());
        if (!ads.fix) continue;
        const std::string fixed = cw::apply_fix(draft, *ads.fix).text;
        const auto again = finding(cw::check_draft(campaign(), fixed, Language::Chinese), "forbidden.advertising");
        CHECK((again.status == Status::Pass || again.spans.size() < ads.spans.size()));
    }
}

TEST_CASE("links copied from Gate's Chinese site, with ~, |, ^_^ and a #topic# after them, are Gate's own and allowed")
{
    const auto report = cw::check_draft(campaign(), post("gate-links.txt"), Language::Chinese);
    CHECK(finding(report, "forbidden.advertising").status == Status::Pass);
    CHECK(finding(report, "hashtag.first-post-on-square").status == Status::Pass); // #我在廣場發首帖, Traditional
    CHECK(finding(report, "length.more-than-30").status == Status::Pass);
}

TEST_CASE("the hashtag in full width or without its # fails with a fix that writes it, and the fix keeps the length")
{
    for (const char* name : {"hashtag-full-width.txt", "hashtag-without-hash.txt"}) {
        INFO(name);
        const std::string draft = post(name);
        const auto report = cw::check_draft(campaign(), draft, Language::Chinese);
        const auto hashtag = finding(report, "hashtag.first-post-on-square");
        CHECK(hashtag.status == Status::Fail);
        REQUIRE(hashtag.fix);
        CHECK(hashtag.fix->text == "#我在广场发首帖");
        CHECK(finding(report, "length.more-than-30").status == Status::Pass);
        const auto fixed = cw::check_draft(campaign(), cw::apply_fix(draft, *hashtag.fix).text, Language::Chinese);
        CHECK(finding(fixed, "hashtag.first-post-on-square").status == Status::Pass);
        CHECK(finding(fixed, "length.more-than-30").status == Status::Pass);
        CHECK(fixed.ready);
    }
}

TEST_CASE("the hashtag glued to the Chinese text after it is pointed at, and its fix keeps them apart in place")
{
    // "#我在广场发首帖很开心" is one #tag as Gate reads it, not the campaign's: the person sees their
    // hashtag, so the check names it instead of asking for a hashtag at the end of the post.
    const std::string draft = "#我在广场发首帖很开心，平时主要做现货和定投，希望在广场认识更多朋友一起学习成长吧";
    const auto report = cw::check_draft(campaign(), draft, Language::Chinese);
    const auto hashtag = finding(report, "hashtag.first-post-on-square");
    CHECK(hashtag.status == Status::Fail);
    REQUIRE(hashtag.spans.size() == 1);
    CHECK(hashtag.spans[0].start == 0);
    CHECK(hashtag.message.find("#我在广场发首帖") != std::string::npos);
    // As written, 很开心 is inside the longer tag: not the person's words until the fix sets it apart.
    CHECK(finding(report, "length.more-than-30").status == Status::Fail);
    REQUIRE(hashtag.fix);
    CHECK(hashtag.fix->kind == cw::FixKind::Replace);
    CHECK(hashtag.fix->start == 0);
    const std::string fixed_text = cw::apply_fix(draft, *hashtag.fix).text;
    CHECK(fixed_text.rfind("#我在广场发首帖 很开心，", 0) == 0);
    const auto fixed = cw::check_draft(campaign(), fixed_text, Language::Chinese);
    CHECK(finding(fixed, "hashtag.first-post-on-square").status == Status::Pass);
    CHECK(finding(fixed, "length.more-than-30").status == Status::Pass); // 很开心 counts now: 31 字
    CHECK(fixed.ready);
    // A Latin tag running on into more Latin letters is another tag, not this one glued to a sentence.
    const cw::Campaign latin = with_hashtag("#GateSquare");
    const auto other = finding(cw::check_draft(latin, "#GateSquareFans 大家好", Language::Chinese), "hashtag.first-post-on-square");
    CHECK(other.spans.empty());
}

TEST_CASE("a hashtag glued to the link before it is pointed at, and its fix sets it apart without changing the link's verdict or any count")
{
    // "…/OBOL_USDT#GateSquare" reads as the link's fragment, and "…/OBOL_USDT#Gate广场" as a fragment
    // "#Gate" followed by 广场. The person sees their hashtag, so the check names it where it stands and
    // its fix puts a space before the '#' rather than asking for a hashtag at the end of the post.
    const std::string before = "第一次在广场发帖，分享我平时做现货的一点心得，希望和大家一起学习进步 https://www.gate.com/zh/trade/OBOL_USDT";
    const std::string after = " 欢迎交流";
    struct Case {
        const char* spelling;
        const char* written;
    };
    for (const Case c : {Case{"#GateSquare", "#GateSquare"}, Case{"#Gate广场", "#Gate广场"}, Case{"#Gate广场", "#GATE廣場"},
                         Case{"#GateSquare#", "#GateSquare#"}}) {
        INFO(c.written);
        const cw::Campaign latin = with_hashtag(c.spelling);
        const std::string draft = before + c.written + after;
        const auto report = cw::check_draft(latin, draft, Language::Chinese);
        const auto hashtag = finding(report, "hashtag.first-post-on-square");
        if (std::string(c.spelling).back() == '#') {
            CHECK(hashtag.status == Status::Pass); // "#…#" after a link already ends the link
            continue;
        }
        CHECK(hashtag.status == Status::Fail);
        REQUIRE(hashtag.spans.size() == 1);
        CHECK(hashtag.spans[0].start == before.size());
        CHECK(hashtag.spans[0].text == c.written);
        CHECK(hashtag.message.find(c.written) != std::string::npos);
        REQUIRE(hashtag.fix);
        CHECK(hashtag.fix->start == before.size());
        CHECK(hashtag.fix->end == before.size());
        CHECK(hashtag.fix->text == " ");
        const auto fixed = cw::check_draft(latin, cw::apply_fix(draft, *hashtag.fix).text, Language::Chinese);
        CHECK(finding(fixed, "hashtag.first-post-on-square").status == Status::Pass);
        CHECK(finding(fixed, "forbidden.advertising").status == Status::Pass);
        CHECK(finding(fixed, "length.more-than-30").status == finding(report, "length.more-than-30").status);
        CHECK(fixed.stats.own_characters == report.stats.own_characters);
        CHECK(fixed.ready);
    }
    // A fragment that is no hashtag of the campaign stays the link's, and the finding asks as before.
    const cw::Campaign latin = with_hashtag("#GateSquare");
    const auto other = finding(cw::check_draft(latin, before + "#rules" + after, Language::Chinese), "hashtag.first-post-on-square");
    CHECK(other.spans.empty());
    REQUIRE(other.fix);
    CHECK(other.fix->text.find("#GateSquare") != std::string::npos);
}

TEST_CASE("a hashtag that looks right but holds an invisible character or full-width letters is pointed at, and its fix writes it")
{
    // An invisible character comes along when text is copied from a web page or a chat (U+200B, U+FEFF,
    // U+2060, U+00AD), and a Chinese input method in full-width mode types ＃Ｇａｔｅ. The person sees the
    // hashtag, Gate reads a shorter or another one: the check names the one written, not a missing one.
    const std::string before = "第一次在广场发帖，分享我平时做现货的一点心得，希望和大家一起学习进步 ";
    const std::string after = " 欢迎交流";
    struct Case {
        const char* spelling;
        const char* written;
    };
    for (const Case c : {Case{"#我在广场发首帖", "#我在广场\u200b发首帖"}, Case{"#我在广场发首帖", "#\ufeff我在广场发首帖"},
                         Case{"#我在广场发首帖", "#我在广场发\u2060首帖"}, Case{"#GateSquare", "#Gate\u00adSquare"},
                         Case{"#GateSquare", "＃ＧａｔｅＳｑｕａｒｅ"}, Case{"#GateSquare", "#ＧａｔｅSquare"},
                         Case{"#Gate广场#", "#Ｇａｔｅ广场#"}, Case{"#Gate广场#", "#Gate广场\u200b#"},
                         Case{"#我的2026第一帖", "#我的２０２６第一帖"}}) {
        INFO(c.written);
        const cw::Campaign tagged = with_hashtag(c.spelling);
        const std::string draft = before + c.written + after;
        const auto report = cw::check_draft(tagged, draft, Language::Chinese);
        const auto hashtag = finding(report, "hashtag.first-post-on-square");
        CHECK(hashtag.status == Status::Fail);
        REQUIRE(hashtag.spans.size() == 1);
        CHECK(hashtag.spans[0].start == before.size());
        CHECK(hashtag.spans[0].text == c.written);
        REQUIRE(hashtag.fix);
        CHECK(hashtag.fix->kind == cw::FixKind::Replace);
        CHECK(hashtag.fix->start == before.size());
        CHECK(hashtag.fix->end == before.size() + std::string(c.written).size());
        CHECK(hashtag.fix->text == c.spelling);
        const auto fixed = cw::check_draft(tagged, cw::apply_fix(draft, *hashtag.fix).text, Language::Chinese);
        CHECK(finding(fixed, "hashtag.first-post-on-square").status == Status::Pass);
        CHECK(fixed.stats.own_characters == report.stats.own_characters);
        CHECK(fixed.ready);
    }
    // Full-width letters of another word are another word: no near miss to point at.
    const cw::Campaign latin = with_hashtag("#GateSquare");
    const auto other = finding(cw::check_draft(latin, before + "＃ＢｉｎａｎｃｅＳｑｕａｒｅ" + after, Language::Chinese),
                               "hashtag.first-post-on-square");
    CHECK(other.spans.empty());
}

TEST_CASE("a Gate link that holds an invisible character is still Gate's, not advertising; another site's is named whole")
{
    const std::string draft = "#我在广场发首帖 第一次发帖，分享我常用的页面，现货 https://www.gate\u200b.com/zh/trade/BTC\u00ad_USDT "
                              "希望大家多多交流 https://t.me/ab\u200bc";
    const auto report = cw::check_draft(campaign(), draft, Language::Chinese);
    const auto forbidden = finding(report, "forbidden.advertising");
    CHECK(forbidden.status == Status::Fail);
    REQUIRE(forbidden.spans.size() == 1);
    CHECK(forbidden.spans[0].text == "https://t.me/ab\u200bc");
}

TEST_CASE("an English first post counts each word as one 字, and is long enough at more than 30")
{
    const auto report = cw::check_draft(campaign(), post("english.txt"), Language::English);
    CHECK(finding(report, "length.more-than-30").status == Status::Pass);
    CHECK(report.ready);
}

// A word the campaign bans, pasted with a character that draws nothing inside it ("加<U+200B>微信", from
// a page that breaks long words, or put there to slip past a filter): a reader sees the word, and so does
// the check. Its fix takes the whole word out, and what passed still passes.
TEST_CASE("a forbidden word with an invisible character inside is found as it reads, and its fix removes it whole")
{
    struct Case {
        const char* behaviour;
        std::string word; // as written
    };
    const std::vector<Case> cases = {
        {"a zero-width space", "加\u200B微信"},
        {"a word joiner and a soft hyphen", "返\u2060佣"},
        {"in Traditional characters with a byte order mark", "邀\uFEFF請碼"},
        {"English with a zero-width joiner", "DM\u200D me"},
    };
    const std::string opening = "#我在广场发首帖 第一次在广场发帖，分享我这一周学习链上数据分析的心得与踩过的坑。";
    for (const Case& c : cases) {
        INFO(c.behaviour);
        const std::string draft = opening + c.word + "，欢迎交流。";
        const auto report = cw::check_draft(campaign(), draft, Language::Chinese);
        const auto ads = finding(report, "forbidden.advertising");
        CHECK(ads.status == Status::Fail);
        REQUIRE(ads.spans.size() == 1);
        CHECK(ads.spans[0].text == c.word);
        REQUIRE(ads.fix);
        const std::string fixed = cw::apply_fix(draft, *ads.fix).text;
        CHECK(fixed.find(c.word) == std::string::npos);
        const auto after = cw::check_draft(campaign(), fixed, Language::Chinese);
        CHECK(finding(after, "forbidden.advertising").status == Status::Pass);
        for (const cw::Finding& before : report.findings) {
            if (before.status == Status::Pass) CHECK(finding(after, before.id).status == Status::Pass);
        }
    }
    // At a word's edge the character hides nothing; between two words that are no banned word, nothing.
    const auto clean = cw::check_draft(campaign(), opening + "微\u200B信息很多，欢迎交流。", Language::Chinese);
    CHECK(finding(clean, "forbidden.advertising").status == Status::Pass);
}
