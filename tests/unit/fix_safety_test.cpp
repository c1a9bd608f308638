// A fix never breaks what passed (check.h): applying any one offered fix, alone, leaves every check
// that passed passing. The drafts stand at each length around a campaign's minimum, where a fix that
// shortens or lengthens the counted text would tip a length check over.
#include "core/campaign/campaign_check.h"

#include "test_campaigns.h"
#include "../../fuzz/format2_campaign.h"

#include <catch2/catch.hpp>

#include <algorithm>

using cw::Language;
using cw::Status;

namespace {

const cw::Campaign& obol()
{
    static const cw::Campaign campaign = shipped_campaign("obol.json");
    return campaign;
}

const cw::Campaign& first_post()
{
    static const cw::Campaign campaign = shipped_campaign("gate-square-2026-first-post.json");
    return campaign;
}

// The draft_check fuzz target's format-2 campaign, where the fuzz target found the drafts below.
const cw::Campaign& square()
{
    static const cw::Campaign campaign = *cw::load_campaign(kFuzzFormat2Campaign).campaign;
    return campaign;
}

std::string apply(const std::string& draft, const cw::Fix& fix)
{
    return draft.substr(0, fix.start) + fix.text + draft.substr(fix.end);
}

std::string repeated(const std::string& piece, int times)
{
    std::string out;
    for (int i = 0; i < times; ++i) out += piece;
    return out;
}

// Every check that passes before any one fix passes after it. Returns how many fixes were tried, so a
// test can tell that it tried some.
int expect_fixes_keep_passes(const cw::Campaign& campaign, const std::string& draft)
{
    int tried = 0;
    for (const Language language : {Language::Chinese, Language::English}) {
        const cw::Report report = cw::check_draft(campaign, draft, language);
        for (const cw::Finding& fixed : report.findings) {
            if (!fixed.fix) continue;
            ++tried;
            const std::string after_text = apply(draft, *fixed.fix);
            const cw::Report after = cw::check_draft(campaign, after_text, language);
            for (const cw::Finding& before : report.findings) {
                if (before.status != Status::Pass) continue;
                const auto again = std::find_if(after.findings.begin(), after.findings.end(),
                                                [&](const cw::Finding& f) { return f.id == before.id; });
                INFO("draft: " << draft << "\nthe fix of " << fixed.id << " gives: " << after_text << "\nand breaks "
                               << before.id << ": " << (again == after.findings.end() ? "gone" : again->message));
                CHECK((again != after.findings.end() && again->status == Status::Pass));
            }
        }
    }
    return tried;
}

const std::string kSpot = "https://www.gate.io/trade/OBOL_USDT";
const std::string kPool = "https://www.gate.io/launchpool/OBOL?pid=291";

} // namespace

TEST_CASE("removing a look-alike link never makes the OBOL length too short")
{
    for (int n = 0; n <= 100; n += 2) {
        const std::string draft = repeated("质押", n / 2) + " " + kSpot + " " + kPool + " $OBOL https://gaet.io/airdrop-claim-now";
        CHECK(expect_fixes_keep_passes(obol(), draft) > 0);
    }
}

TEST_CASE("replacing a long wrong link with the campaign's never makes the OBOL length too short")
{
    for (int n = 0; n <= 100; n += 2) {
        const std::string draft = repeated("验证", n / 2) + " $OBOL " + kPool + " https://www.gate.io/trade/OBOL_BTC?ref=VLQ_ABCDEFGHIJKLMNOP";
        CHECK(expect_fixes_keep_passes(obol(), draft) > 0);
    }
}

TEST_CASE("writing \"$ OBOL\" as \"$OBOL\" never makes the OBOL length too short")
{
    for (int n = 0; n <= 120; ++n) {
        const std::string draft = repeated("好", 40) + repeated("x", n) + " $ OBOL " + kSpot + " " + kPool;
        CHECK(expect_fixes_keep_passes(obol(), draft) > 0);
    }
}

// Found by the draft_check fuzz target: full-width letters weigh 2 in the weighted length, ASCII ones
// 1, so writing the ticker's near miss "ＯＢＯＬ" as "$OBOL" took 4 from a post's length.
TEST_CASE("writing a full-width \"ＯＢＯＬ\" as \"$OBOL\" never makes the OBOL length too short")
{
    for (int n = 44; n <= 52; ++n) {
        CHECK(expect_fixes_keep_passes(obol(), repeated("质押", n) + " ＯＢＯＬ " + kSpot + " " + kPool) > 0);
        // As the fuzz target found it: glued to a link, which the fix keeps apart with a space.
        CHECK(expect_fixes_keep_passes(obol(), repeated("质押", n) + " https://www.gＯＢＯＬ " + kSpot + " " + kPool) > 0);
    }
}

TEST_CASE("correcting a hashtag's spelling never makes a 30 字 post too short")
{
    for (int n = 18; n <= 34; ++n) {
        const std::string own = repeated("新年快乐", n / 4) + repeated("好", n % 4);
        for (const std::string& tag : {std::string("#我的2026第一条贴"), std::string("我的2026第一帖"), std::string("＃我的2026第一帖"),
                                       std::string("# 我的2026第一帖")}) {
            CHECK(expect_fixes_keep_passes(first_post(), tag + " " + own) > 0);
        }
    }
}

// Found by the draft_check fuzz target: a hashtag that starts inside a link is part of the link, and
// the link's fix replaced it with the rest of the link.
TEST_CASE("a link's fix never takes away a hashtag: a hashtag inside a link is the link's")
{
    const std::string draft = "关注 $OBOL https://www.gate.io/trade/OBOL_#PUBLIC Creative Contest#US 好";
    CHECK(expect_fixes_keep_passes(square(), draft) > 0);
    const std::string fragment = "https://www.gate.com/post/status/9#我在广场发首帖 今天第一次在广场发帖，希望和大家一起学习交流";
    CHECK(expect_fixes_keep_passes(square(), fragment) > 0);
}

// Found by the draft_check fuzz target: the words of a #tag written without their '#' and followed by
// more CJK text; the fix's '#' made that text part of the tag, so the tag was still not found and the
// text stopped counting as the person's own.
TEST_CASE("writing a #tag's missing # keeps the text after it apart")
{
    const std::string draft = "新年快乐 我在广场发首帖首帖好吗";
    CHECK(expect_fixes_keep_passes(square(), draft) > 0);
    const cw::Report report = cw::check_draft(square(), draft, Language::Chinese);
    const auto hashtag = std::find_if(report.findings.begin(), report.findings.end(), [](const cw::Finding& f) { return f.id == "hashtag.first"; });
    REQUIRE(hashtag != report.findings.end());
    REQUIRE(hashtag->fix);
    const cw::Report fixed = cw::check_draft(square(), apply(draft, *hashtag->fix), Language::Chinese);
    const auto again = std::find_if(fixed.findings.begin(), fixed.findings.end(), [](const cw::Finding& f) { return f.id == "hashtag.first"; });
    CHECK(again->status == Status::Pass);
}

// Found by the draft_check fuzz target in a fresh clone's make test: "#我在广场发首帖O#PUBLIC Creative
// Contest#" reads as a misspelt closed tag "#我在广场发首帖O#" whose closing '#' is also the one that opens
// the contest's tag; the fix of the misspelling took that '#' away, and the contest's tag with it.
TEST_CASE("correcting a misspelt #tag never takes the '#' that opens the next tag")
{
    const std::string draft = "#我在广场发首帖O#PUBLIC Creative Contest#bol builds distributed validators (DVs) with Charon";
    CHECK(expect_fixes_keep_passes(square(), draft) > 0);
}

// Found by the draft_check fuzz target: a forbidden word inside "#…#" hid the tag (own words were read
// with the word already blanked, and a blank is no letter), so the words around it counted as the
// person's own; removing the word made the tag whole, and the post had no own words left.
TEST_CASE("removing a forbidden word from inside a #…# tag never leaves the post without its own words")
{
    const std::string draft = "#我在广场发首帖 😀😀 #PUBLIC Creative邀請碼 Contest# 😀";
    CHECK(expect_fixes_keep_passes(square(), draft) > 0);
    // The tag is Gate's whole tag, forbidden word and all: none of its words are the person's own.
    const cw::Report report = cw::check_draft(square(), draft, Language::Chinese);
    CHECK(report.stats.own_words == 0);
}

// Found by the draft_check fuzz target: removing a forbidden link from between Chinese words joined
// them into a campaign hashtag's words written without their '#' ("我在广场发" + "首帖"), which are not
// the person's own words: a post long enough before the fix was too short after it.
TEST_CASE("removing a forbidden word never joins the words around it into a campaign hashtag's")
{
    const std::string draft = "＃我在广场发 我在广场发t.me/首帖 大家好，我是新来的，主要关注比特币和以太坊的长期价值，多人交流，谢谢！";
    CHECK(expect_fixes_keep_passes(square(), draft) > 0);
}

// Found by the draft_check fuzz target: removing "DM me" from "#DM me我在…" joined the '#' to the
// Chinese text after it, a tag "#我在…" that took in the words the post was counted by.
TEST_CASE("removing a forbidden word never joins a '#' to the words after it")
{
    const std::string draft = "今天 #DM me我在广场学到了很多关于比特币和以太坊的知识，也认识了很多朋友，谢谢大家的帮助与支持";
    CHECK(expect_fixes_keep_passes(square(), draft) > 0);
}

// Found by the draft_check fuzz target: a "#…#" tag written in place of its near miss, right before a
// link ("PUBLIC创作大赛www.gate.com/…"), glued its closing '#' to the link, which then read as a tag and
// a shorter link to another site; the forbidden-link check that passed failed.
TEST_CASE("a #…# tag written in place of its near miss stays apart from the link after it")
{
    const std::string draft = "Launchpool: [stake GT](https:PUBLIC创作大赛www.gate.com/launchpool/OBOL?pite.com/launchpool/OBOL?pid=582) for OBOL.";
    CHECK(expect_fixes_keep_passes(square(), draft) > 0);
}

// Found by the draft_check fuzz target (around ill-formed bytes, which read as U+FFFD as the '，' and
// '.' here do): "#我在广场，…大家好，#" read as one "#…#" whose closing '#' was the one that opens
// "#PUBLIC.Creative Contest#", which hid that misspelt tag and left its words the person's own. The '#'
// the hashtag.first fix writes before "我在广场发首帖" closed that "#…#" instead, the misspelt tag was
// read, its words stopped counting, and content.meaningful, which passed, failed. Likewise a '#' written
// right after a misspelt tag's words made it a "#…#" near miss and took those words from the count.
TEST_CASE("writing a hashtag's '#' never makes another hashtag's near miss appear")
{
    CHECK(expect_fixes_keep_passes(square(), "#我在广场，我在广场发首帖 大家好，#PUBLIC.Creative Contest#") > 0);
    CHECK(expect_fixes_keep_passes(square(), "#我在广场\xff我在广场发首帖 大家好\xe6#PUBLIC\xe0\xb8reative Contest#") > 0);
    CHECK(expect_fixes_keep_passes(square(), "#PUBLIC Creativ Contest我在广场发首帖 大家好") > 0);
}

// Found while fixing the one above, the same pairing from the other side: "#。在广场发首帖#" was read as
// a misspelt "#我在广场发首帖" although a '#' before no tag's text opens no tag. Before the fix its '#'
// closed "#PUBLIC创作大赛 大家 #"; the closing '#' the fix writes after "#PUBLIC创作大赛" freed it to
// open the near miss, whose words then stopped counting.
TEST_CASE("closing a hashtag never frees a '#' to open another hashtag's near miss")
{
    CHECK(expect_fixes_keep_passes(square(), "#PUBLIC创作大赛 大家 #。在广场发首帖#") > 0);
}

// Found by the draft_check fuzz target: removing a look-alike link from between a "#tag" and the
// Chinese text after it joined the two, a tag "#新人一起学习交流" that took in words the post was counted
// by (a forbidden word's removal keeps such sides apart; the look-alike's did not).
TEST_CASE("removing a look-alike link never joins a '#' to the words after it")
{
    const std::string draft = "https://gaet.com/a 大家好，今天第一次发帖，主要关注比特币和以太坊的长期价值 #新人https://gaet.com/zh/trade/OBOL一起学习交流";
    CHECK(expect_fixes_keep_passes(square(), draft) > 0);
}

// Found by the draft_check fuzz target: a "#…#" holds spaces ("#XYZ Creative Contest#"), so removing a
// forbidden link from before a '#' may close a tag that opened words earlier on the line, and take in
// the words between as a tag's ("#PUBLIC 比特币 … 长期价值#"); the space a removal leaves between letters
// is no help, a "#…#" holds it too. Only the words next to the removal were looked at.
TEST_CASE("removing a forbidden link never closes a #…# over the words before it")
{
    for (const std::string& draft : {std::string("#PUBLIC 比特币 以太坊 长期价值https://t.me/abc#。"),
                                     std::string("#PUBLIC 比特币 以太坊 value https://t.me/abc #。"),
                                     std::string("#PUBLIC 比特币 以太坊 valuehttps://t.me/abc#。")}) {
        CHECK(expect_fixes_keep_passes(square(), draft) > 0);
    }
}

// Found by the draft_check fuzz target: a post's unit (字 or words) follows its language, read in its
// own words. "#我在广场发首帖很a_b_c_d" runs on, and the text it takes in is not the person's until the
// fix sets it apart with a space; then its Latin letters tipped the post into English, counted in words,
// of which it has few: 31 字 that passed became 3 words that failed.
TEST_CASE("setting a run-on #tag apart never changes the unit the post is counted in")
{
    CHECK(expect_fixes_keep_passes(square(), "我们一起学习比特币和以太坊的知识吧 a,b,c,d,e,f,g,h,i,j,k,l,m,n #我在广场发首帖很a_b_c_d") > 0);
}
