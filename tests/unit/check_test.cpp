#include "core/campaign/campaign_check.h"
#include "core/check/outline_placeholder.h"
#include "core/i18n/catalogue.h"
#include "core/campaign/report_json.h"
#include "core/text/utf8.h"

#include "test_campaigns.h"

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

const cw::Campaign& quill()
{
    static const cw::Campaign campaign = shipped_campaign("sample-quill.json");
    return campaign;
}

std::string fixture(const std::string& name)
{
    return read_source_file("tests/fixtures/drafts/" + name);
}

// A copy, so that `const auto& f = finding(cw::check_draft(...), id)` outlives the report.
cw::Finding finding(const cw::Report& report, const std::string& id)
{
    const auto found = std::find_if(report.findings.begin(), report.findings.end(),
                                    [&](const cw::Finding& f) { return f.id == id; });
    if (found == report.findings.end()) FAIL("no finding " << id);
    return *found;
}

bool has_finding(const cw::Report& report, const std::string& id)
{
    return std::any_of(report.findings.begin(), report.findings.end(), [&](const cw::Finding& f) { return f.id == id; });
}

std::vector<std::string> ids(const cw::Report& report)
{
    std::vector<std::string> result;
    for (const auto& f : report.findings) result.push_back(f.id);
    return result;
}

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

// Applies a finding's fix to the draft, as the widget's "Fix" button would.
std::string apply(const std::string& draft, const cw::Fix& fix)
{
    return draft.substr(0, fix.start) + fix.text + draft.substr(fix.end);
}

const std::string kSpot = "https://www.gate.io/trade/OBOL_USDT";
const std::string kPool = "https://www.gate.io/launchpool/OBOL?pid=291";

} // namespace

// ---- The whole report ------------------------------------------------------------------------------

TEST_CASE("a complete Chinese post is ready and every OBOL check passes, in the fixed order")
{
    const auto report = cw::check_draft(obol(), fixture("obol/ready-zh.txt"), Language::Chinese);
    CHECK(report.ready);
    CHECK(ids(report) == std::vector<std::string>{"link.spot", "link.launchpool", "mention.ticker", "topic.what-is-obol",
                                                  "topic.dv-advantages", "topic.tokenomics", "launchpool.promo", "length"});
    for (const auto& f : report.findings) {
        INFO(f.id << ": " << f.message);
        CHECK(f.status == Status::Pass);
    }
}

TEST_CASE("a complete English post is ready whatever the interface language")
{
    CHECK(cw::check_draft(obol(), fixture("obol/ready-en.txt"), Language::English).ready);
    CHECK(cw::check_draft(obol(), fixture("obol/ready-en.txt"), Language::Chinese).ready);
}

TEST_CASE("titles and messages come in the chosen language")
{
    const auto zh = cw::check_draft(obol(), "", Language::Chinese);
    const auto en = cw::check_draft(obol(), "", Language::English);
    CHECK(finding(zh, "link.spot").title == "$OBOL 现货交易链接");
    CHECK(finding(en, "link.spot").title == "$OBOL spot trading link");
    CHECK(contains(finding(zh, "link.spot").message, "帖子需要包含链接"));
    CHECK(contains(finding(en, "link.spot").message, "The post needs the link"));
}

TEST_CASE("the stats count code points and the weighted length")
{
    const auto report = cw::check_draft(obol(), "关注 $OBOL！", Language::English);
    CHECK(report.stats.code_points == 9);
    CHECK(report.stats.weighted_length == 12);
}

// ---- Links ---------------------------------------------------------------------------------------------

TEST_CASE("a missing required link fails and the fix inserts the campaign's sentence at the end")
{
    const std::string draft = "关注 $OBOL";
    const auto report = cw::check_draft(obol(), draft, Language::Chinese);
    const auto& spot = finding(report, "link.spot");
    CHECK(spot.status == Status::Fail);
    CHECK(spot.spans.empty());
    REQUIRE(spot.fix);
    CHECK(spot.fix->kind == cw::FixKind::Insert);
    CHECK(spot.fix->start == draft.size());
    CHECK(spot.fix->text == "\n$OBOL 现货交易：" + kSpot);
    CHECK(apply(draft, *spot.fix) == draft + "\n$OBOL 现货交易：" + kSpot);
    CHECK_FALSE(report.ready);
}

TEST_CASE("the required link between CJK punctuation passes and is highlighted by its bytes")
{
    const std::string draft = "现货：" + kSpot + "。";
    const auto& spot = finding(cw::check_draft(obol(), draft, Language::Chinese), "link.spot");
    CHECK(spot.status == Status::Pass);
    REQUIRE(spot.spans.size() == 1);
    CHECK(spot.spans[0].start == 9);
    CHECK(spot.spans[0].end == 9 + kSpot.size());
    CHECK(spot.spans[0].text == kSpot);
}

TEST_CASE("required links are recognised in every CJK setting")
{
    const std::vector<std::string> drafts = {
        "【现货】" + kSpot + "，【Launchpool】" + kPool + "。",
        "现货（" + kSpot + "）和 Launchpool（" + kPool + "）！",
        "《" + kSpot + "》《" + kPool + "》",
        "现货" + kSpot + "\u3000Launchpool" + kPool + "？",
        "“" + kSpot + "”、“" + kPool + "”",
        "[现货](" + kSpot + ")；[Launchpool](" + kPool + ")：",
        "现货：<" + kSpot + ">，Launchpool：<" + kPool + ">",
    };
    for (const std::string& draft : drafts) {
        INFO(draft);
        const auto report = cw::check_draft(obol(), draft, Language::Chinese);
        CHECK(finding(report, "link.spot").status == Status::Pass);
        CHECK(finding(report, "link.launchpool").status == Status::Pass);
        CHECK_FALSE(has_finding(report, "link.lookalike"));
    }
}

TEST_CASE("an http link counts with a warning and the fix makes it https")
{
    const std::string draft = "现货 http://www.gate.io/trade/OBOL_USDT，";
    const auto& spot = finding(cw::check_draft(obol(), draft, Language::English), "link.spot");
    CHECK(spot.status == Status::Warn);
    CHECK(contains(spot.message, "http://"));
    REQUIRE(spot.fix);
    CHECK(apply(draft, *spot.fix) == "现货 " + kSpot + "，");
}

TEST_CASE("a link without a scheme counts with a warning and the fix adds https://")
{
    const std::string draft = "现货：gate.io/trade/OBOL_USDT。";
    const auto& spot = finding(cw::check_draft(obol(), draft, Language::English), "link.spot");
    CHECK(spot.status == Status::Warn);
    REQUIRE(spot.fix);
    CHECK(apply(draft, *spot.fix) == "现货：https://gate.io/trade/OBOL_USDT。");
}

TEST_CASE("a gate.com link counts as gate.io, with a note naming the announcement's link")
{
    const auto& spot = finding(cw::check_draft(obol(), "https://www.gate.com/trade/OBOL_USDT", Language::English), "link.spot");
    CHECK(spot.status == Status::Pass);
    CHECK(contains(spot.message, "counts gate.com as gate.io"));
    CHECK(contains(spot.message, kSpot));
    CHECK_FALSE(spot.fix);
}

TEST_CASE("links copied from Gate's Chinese site, under a language prefix, count with a note")
{
    const std::string draft = "现货：https://www.gate.com/zh/trade/OBOL_USDT 挖矿：https://www.gate.io/zh-tw/launchpool/OBOL?pid=291";
    const auto report = cw::check_draft(obol(), draft, Language::English);
    const auto spot = finding(report, "link.spot");
    CHECK(spot.status == Status::Pass);
    CHECK(contains(spot.message, "under /zh/ too"));
    CHECK_FALSE(spot.fix);
    const auto pool = finding(report, "link.launchpool");
    CHECK(pool.status == Status::Pass);
    CHECK(contains(pool.message, "under /zh-tw/ too"));
    CHECK(contains(finding(cw::check_draft(obol(), draft, Language::Chinese), "link.spot").message, "/zh/"));
}

TEST_CASE("a path prefix the campaign does not list is still another page")
{
    const auto spot = finding(cw::check_draft(obol(), "https://www.gate.io/xx/trade/OBOL_USDT", Language::English), "link.spot");
    CHECK(spot.status == Status::Fail);
    CHECK(contains(spot.message, "another page"));
}

TEST_CASE("a language prefix still needs the launchpool's parameter")
{
    const auto pool = finding(cw::check_draft(obol(), "https://www.gate.io/zh/launchpool/OBOL", Language::English), "link.launchpool");
    CHECK(pool.status == Status::Fail);
    REQUIRE(pool.fix);
    CHECK(pool.fix->text == "https://www.gate.io/zh/launchpool/OBOL?pid=291");
}

TEST_CASE("the right site but another path fails and the fix names the required link")
{
    const std::string draft = "现货：https://www.gate.io/trade/OBOL_BTC。";
    const auto& spot = finding(cw::check_draft(obol(), draft, Language::English), "link.spot");
    CHECK(spot.status == Status::Fail);
    CHECK(contains(spot.message, "another page"));
    CHECK(contains(spot.message, kSpot));
    REQUIRE(spot.fix);
    CHECK(spot.fix->kind == cw::FixKind::Replace);
    CHECK(apply(draft, *spot.fix) == "现货：" + kSpot + "。");
}

// "…/OBOL_USDT@gate_io": an account named right after the pasted link, with no space. A site's
// linkifier takes "@gate_io" into the link's path, so the link goes to another page. Before, the link's
// Fix wrote the required link over the whole of it and the name the writer typed was gone; now the
// link is named as glued, like a ticker ("…$OBOL"), and the Fix puts a space before the "@". A profile
// page's own "/@name" is the link's path, not a name glued to it.
TEST_CASE("a name glued to the end of a link is named where it stands, and the fix keeps it")
{
    // A name may hold dots between its letters ("@Gate.io", the exchange's own name as people write it).
    for (const std::string& name : {std::string("@gate_io"), std::string("@GateSquare2026"), std::string("@Gate.io"),
                                    std::string("@gate.com")}) {
        for (const auto& [link, id] : {std::pair{kSpot, "link.spot"}, std::pair{kPool, "link.launchpool"}}) {
            for (const Language language : {Language::Chinese, Language::English}) {
                const std::string draft = "Obol 是以太坊的分布式验证器网络。链接 " + link + name + " 快来看";
                INFO(draft);
                const auto& found = finding(cw::check_draft(obol(), draft, language), id);
                INFO(found.message);
                CHECK(found.status == Status::Fail);
                CHECK(contains(found.message, name));
                CHECK(contains(found.message, link));
                REQUIRE(found.fix);
                const std::string fixed = apply(draft, *found.fix);
                CHECK(fixed == "Obol 是以太坊的分布式验证器网络。链接 " + link + " " + name + " 快来看");
                CHECK(finding(cw::check_draft(obol(), fixed, language), id).status == Status::Pass);
            }
        }
    }
    // A ticker and a name glued one after the other: the link's fix parts them all from it, and keeps
    // both; the mention's fix parts its ticker.
    for (const std::string& glued : {std::string("$OBOL@gate_io"), std::string("@gate_io$OBOL")}) {
        const std::string draft = "现货 " + kSpot + glued + " 快来";
        INFO(draft);
        const cw::Report report = cw::check_draft(obol(), draft, Language::English);
        const auto& spot = finding(report, "link.spot");
        INFO(spot.message);
        CHECK(spot.status == Status::Fail);
        CHECK(contains(spot.message, glued));
        REQUIRE(spot.fix);
        const std::string fixed = apply(draft, *spot.fix);
        CHECK(fixed == "现货 " + kSpot + " " + glued + " 快来");
        const cw::Report after = cw::check_draft(obol(), fixed, Language::English);
        CHECK(finding(after, "link.spot").status == Status::Pass);
        CHECK(finding(after, "mention.ticker").status == Status::Pass);
        const auto& ticker = finding(report, "mention.ticker");
        INFO(ticker.message);
        CHECK(contains(ticker.message, "glued"));
        REQUIRE(ticker.fix);
        CHECK(finding(cw::check_draft(obol(), apply(draft, *ticker.fix), Language::English), "mention.ticker").status == Status::Pass);
    }
    // A name with dots that ends the sentence: the full stop is the sentence's, the dots inside are the
    // name's.
    {
        const std::string draft = "Obol 是以太坊的分布式验证器网络。现货 " + kSpot + "@Gate.io.";
        const auto& spot = finding(cw::check_draft(obol(), draft, Language::English), "link.spot");
        INFO(spot.message);
        CHECK(contains(spot.message, "@Gate.io"));
        REQUIRE(spot.fix);
        const std::string fixed = apply(draft, *spot.fix);
        CHECK(fixed == "Obol 是以太坊的分布式验证器网络。现货 " + kSpot + " @Gate.io.");
        CHECK(finding(cw::check_draft(obol(), fixed, Language::English), "link.spot").status == Status::Pass);
    }
    // A link to a profile page: its "@" is the path's own.
    cw::Campaign campaign = obol();
    auto& channel = campaign.requirements.all<cw::LinkRequirement>()[0];
    const std::string id = channel.id;
    channel = link_requirement("https://www.youtube.com/@GateioOfficial");
    channel.id = id;
    const auto& profile = finding(cw::check_draft(campaign, "看 https://www.youtube.com/@GateioOfficial 的视频", Language::English), id);
    INFO(profile.message);
    CHECK(profile.status == Status::Pass);
}

TEST_CASE("a missing required parameter fails and the fix adds it, keeping the referral code")
{
    const std::string draft = "Launchpool：https://www.gate.io/launchpool/OBOL?ref=VLQ。";
    const auto& pool = finding(cw::check_draft(obol(), draft, Language::Chinese), "link.launchpool");
    CHECK(pool.status == Status::Fail);
    CHECK(contains(pool.message, "pid=291"));
    REQUIRE(pool.fix);
    CHECK(apply(draft, *pool.fix) == "Launchpool：https://www.gate.io/launchpool/OBOL?ref=VLQ&pid=291。");
}

TEST_CASE("the launchpool link is not mistaken for a wrong spot link")
{
    const auto report = cw::check_draft(obol(), kPool, Language::English);
    CHECK(finding(report, "link.launchpool").status == Status::Pass);
    const auto& spot = finding(report, "link.spot");
    CHECK(spot.status == Status::Fail);
    CHECK(spot.spans.empty());
    CHECK(spot.fix->kind == cw::FixKind::Insert);
}

TEST_CASE("a look-alike host fails and warns of phishing in both languages")
{
    const std::string draft = "Launchpool：https://gate.io.example.com/launchpool/OBOL?pid=291";
    const auto& en = finding(cw::check_draft(obol(), draft, Language::English), "link.launchpool");
    CHECK(en.status == Status::Fail);
    CHECK(contains(en.message, "phishing"));
    CHECK(contains(en.message, "gate.io.example.com"));
    REQUIRE(en.fix);
    CHECK(apply(draft, *en.fix) == "Launchpool：" + kPool);
    const auto& zh = finding(cw::check_draft(obol(), draft, Language::Chinese), "link.launchpool");
    CHECK(contains(zh.message, "钓鱼链接"));
}

TEST_CASE("a look-alike next to the right link gets a finding of its own, and the fix removes it")
{
    const std::string draft = fixture("obol/phishing.txt");
    const auto report = cw::check_draft(obol(), draft, Language::English);
    CHECK(finding(report, "link.spot").status == Status::Pass);
    const auto& look_alike = finding(report, "link.lookalike");
    CHECK(look_alike.status == Status::Fail);
    CHECK(look_alike.required);
    REQUIRE(look_alike.spans.size() == 1);
    CHECK(look_alike.spans[0].text == "https://gaet.io/airdrop");
    REQUIRE(look_alike.fix);
    CHECK(look_alike.fix->text.empty());
    CHECK_FALSE(contains(apply(draft, *look_alike.fix), "gaet.io"));
    CHECK_FALSE(report.ready);
}

TEST_CASE("an optional link only warns when missing, but a look-alike of it still fails")
{
    cw::Campaign campaign = quill();
    campaign.requirements.all<cw::LinkRequirement>()[0].required = false;
    CHECK(finding(cw::check_draft(campaign, "nothing", Language::English), "link.market").status == Status::Warn);
    CHECK(finding(cw::check_draft(campaign, "https://exchange-example.com/markets/QUILL-USDC", Language::English), "link.market").status ==
          Status::Fail);
}

// ---- Mentions --------------------------------------------------------------------------------------------

TEST_CASE("the ticker mention passes, right after CJK and in full width")
{
    const auto report = cw::check_draft(obol(), "关注$OBOL。还有＄ＯＢＯＬ", Language::Chinese);
    const auto& ticker = finding(report, "mention.ticker");
    CHECK(ticker.status == Status::Pass);
    CHECK(ticker.spans.size() == 2);
    CHECK(ticker.spans[0].text == "$OBOL");
    CHECK(ticker.spans[1].text == "＄ＯＢＯＬ");
    CHECK(ticker.spans[0].start == 6);
}

TEST_CASE("the ticker without $ is a near miss whose fix adds the sign")
{
    const std::string draft = "关注OBOL。";
    const auto& ticker = finding(cw::check_draft(obol(), draft, Language::Chinese), "mention.ticker");
    CHECK(ticker.status == Status::Fail);
    REQUIRE(ticker.fix);
    CHECK(apply(draft, *ticker.fix) == "关注$OBOL。");
}

// Found by fuzz/draft_check_fuzzer (its input, minimized: "ＯＢＯＬt.in/"): a full-width letter may stand
// right before a link without a scheme, an ASCII one may not. The fix wrote "$OBOLt.in/": no link any
// more, and "$OBOLt" is not the ticker, so the fixed mention still failed.
TEST_CASE("the fix of a near miss glued to a link keeps them apart, so the ticker is found after it")
{
    const std::string draft = "ＯＢＯＬt.in/";
    const auto& ticker = finding(cw::check_draft(obol(), draft, Language::Chinese), "mention.ticker");
    CHECK(ticker.status == Status::Fail);
    REQUIRE(ticker.fix);
    const std::string fixed = apply(draft, *ticker.fix);
    CHECK(fixed == "$OBOL t.in/");
    CHECK(finding(cw::check_draft(obol(), fixed, Language::Chinese), "mention.ticker").status == Status::Pass);
}

// Found by fuzz/draft_check_fuzzer after the fix above (its input, minimized: "t.in/ＯＢＯＬ"): the same on
// the other side. "t.in/$OBOL" is one link, which takes the ticker in.
TEST_CASE("the fix of a near miss right after a link keeps them apart, so the ticker is not read as part of the link")
{
    for (const auto& [draft, expected] : {std::pair<std::string, std::string>{"t.in/ＯＢＯＬ", "t.in/ $OBOL"},
                                          {"gate.io/x.ＯＢＯＬ", "gate.io/x. $OBOL"},
                                          {"关注 OBOL.", "关注 $OBOL."}}) {
        INFO(draft);
        const auto& ticker = finding(cw::check_draft(obol(), draft, Language::Chinese), "mention.ticker");
        CHECK(ticker.status == Status::Fail);
        REQUIRE(ticker.fix);
        const std::string fixed = apply(draft, *ticker.fix);
        CHECK(fixed == expected);
        CHECK(finding(cw::check_draft(obol(), fixed, Language::Chinese), "mention.ticker").status == Status::Pass);
    }
}

TEST_CASE("a missing ticker fails and the fix appends it")
{
    const std::string draft = "no ticker here\n";
    const auto& ticker = finding(cw::check_draft(obol(), draft, Language::English), "mention.ticker");
    CHECK(ticker.status == Status::Fail);
    REQUIRE(ticker.fix);
    CHECK(apply(draft, *ticker.fix) == "no ticker here\n$OBOL");
}

TEST_CASE("OBOL inside a link is neither a mention nor a topic keyword")
{
    const auto report = cw::check_draft(obol(), kPool, Language::English);
    CHECK(finding(report, "mention.ticker").status == Status::Fail);
    CHECK(finding(report, "mention.ticker").spans.empty()); // no near miss inside the link
    CHECK(finding(report, "launchpool.promo").spans.empty());
}

// ---- Topics ----------------------------------------------------------------------------------------------

TEST_CASE("a covered topic passes and highlights one keyword per group")
{
    const auto& topic = finding(cw::check_draft(obol(), "Obol 的分布式验证器", Language::Chinese), "topic.what-is-obol");
    CHECK(topic.status == Status::Pass);
    REQUIRE(topic.spans.size() == 2);
    CHECK(topic.spans[0].text == "Obol");
    CHECK(topic.spans[1].text == "分布式验证器");
}

TEST_CASE("an OBOL research topic is a suggestion: missing or partial, it warns")
{
    const auto report = cw::check_draft(obol(), "Obol", Language::English);
    const auto& partial = finding(report, "topic.what-is-obol");
    CHECK(partial.status == Status::Warn);
    CHECK_FALSE(partial.required);
    CHECK(contains(partial.message, "still missing: distributed validators (DV)"));
    const auto& missing = finding(report, "topic.dv-advantages");
    CHECK(missing.status == Status::Warn);
    CHECK(contains(missing.message, "Not covered yet."));
}

TEST_CASE("the launchpool promotion is required and names each missing part")
{
    const auto report = cw::check_draft(obol(), "质押 GT 赚 $OBOL", Language::Chinese);
    const auto& promo = finding(report, "launchpool.promo");
    CHECK(promo.status == Status::Fail);
    CHECK(contains(promo.message, "还缺：BTC、2,250,000 OBOL 奖池、年化收益率（APR）"));
    const auto covered = cw::check_draft(obol(), "质押ＧＴ、ＢＴＣ或$OBOL，瓜分225万OBOL，年化最高168%", Language::Chinese);
    CHECK(finding(covered, "launchpool.promo").status == Status::Pass);
}

TEST_CASE("a required topic of another campaign fails when only partly covered")
{
    const auto& topic = finding(cw::check_draft(quill(), "Quill is nice", Language::English), "topic.use");
    CHECK(topic.status == Status::Fail);
    CHECK(contains(topic.message, "Partly covered (\"Quill\")"));
}

TEST_CASE("a prefix keyword highlights the whole word")
{
    const auto& topic = finding(cw::check_draft(quill(), "Quill for writers", Language::English), "topic.use");
    CHECK(topic.status == Status::Pass);
    CHECK(topic.spans[1].text == "writers");
}

// ---- Length ----------------------------------------------------------------------------------------------

TEST_CASE("the OBOL length is a suggestion: too short warns, long enough passes")
{
    CHECK(finding(cw::check_draft(obol(), "短", Language::Chinese), "length").status == Status::Warn);
    CHECK(finding(cw::check_draft(obol(), std::string(200, 'a'), Language::Chinese), "length").status == Status::Pass);
    // Weighted: 100 Chinese characters weigh 200.
    std::string chinese;
    for (int i = 0; i < 100; ++i) chinese += "字";
    CHECK(finding(cw::check_draft(obol(), chinese, Language::Chinese), "length").status == Status::Pass);
}

TEST_CASE("a required minimum in code points fails below it")
{
    const auto& length = finding(cw::check_draft(quill(), "short", Language::English), "length");
    CHECK(length.status == Status::Fail);
    CHECK(contains(length.message, "Characters of your own words (links, hashtags, emoji and punctuation are not counted): 5; write at least 40"));
}

// ---- Another campaign --------------------------------------------------------------------------------

TEST_CASE("the sample campaign checks its own links, mention and topic, knowing nothing of OBOL")
{
    const auto ready = cw::check_draft(quill(), fixture("sample-quill/ready.txt"), Language::English);
    CHECK(ready.ready);
    CHECK(ids(ready) == std::vector<std::string>{"link.market", "link.earn", "mention.hashtag", "topic.use", "length"});

    const auto obol_post = cw::check_draft(quill(), fixture("obol/ready-en.txt"), Language::English);
    CHECK_FALSE(obol_post.ready);
    CHECK_FALSE(has_finding(obol_post, "link.spot"));
    CHECK_FALSE(has_finding(obol_post, "link.lookalike")); // gate.io has nothing to do with this campaign
}

TEST_CASE("an English-only campaign checked in Chinese shows its English titles and Chinese messages")
{
    const auto& market = finding(cw::check_draft(quill(), "", Language::Chinese), "link.market");
    CHECK(market.title == "QUILL market link");
    CHECK(contains(market.message, "帖子需要包含链接"));
}

// ---- Bad input -----------------------------------------------------------------------------------------

TEST_CASE("an empty draft is not ready")
{
    const auto report = cw::check_draft(obol(), "", Language::English);
    CHECK_FALSE(report.ready);
    CHECK(finding(report, "draft.empty").status == Status::Fail);
    CHECK(report.stats.code_points == 0);
}

TEST_CASE("a draft of white space only is empty too")
{
    CHECK(finding(cw::check_draft(obol(), " \n\t\u3000", Language::English), "draft.empty").status == Status::Fail);
}

TEST_CASE("an empty draft is not ready even for a campaign whose checks are all optional")
{
    cw::Campaign campaign = quill();
    for (auto& link : campaign.requirements.all<cw::LinkRequirement>()) link.required = false;
    for (auto& mention : campaign.requirements.all<cw::MentionRequirement>()) mention.required = false;
    for (auto& topic : campaign.requirements.all<cw::TopicRequirement>()) topic.required = false;
    campaign.requirements.all<cw::LengthRequirement>().clear();
    CHECK_FALSE(cw::check_draft(campaign, "", Language::English).ready);
    CHECK(cw::check_draft(campaign, "x", Language::English).ready);
}

TEST_CASE("invalid UTF-8 is read as U+FFFD and reported as a warning with its bytes")
{
    const std::string draft = "关注 $OBOL \xFF\xFE " + kSpot;
    const auto report = cw::check_draft(obol(), draft, Language::English);
    const auto& encoding = finding(report, "draft.invalid-utf8");
    CHECK(encoding.status == Status::Warn);
    REQUIRE(encoding.spans.size() == 2);
    CHECK(encoding.spans[0].start == 13);
    CHECK(encoding.spans[0].end == 14);
    CHECK(encoding.spans[0].text == "\xEF\xBF\xBD");
    CHECK(finding(report, "link.spot").status == Status::Pass);
    CHECK(finding(report, "mention.ticker").status == Status::Pass);
}

TEST_CASE("NUL bytes are reported and do not cut the draft short")
{
    const std::string draft = std::string("$OBOL") + '\0' + kSpot + '\0';
    const auto report = cw::check_draft(obol(), draft, Language::English);
    const auto& controls = finding(report, "draft.control-characters");
    CHECK(controls.status == Status::Warn);
    CHECK(controls.spans.size() == 2);
    CHECK(finding(report, "link.spot").status == Status::Pass);
    CHECK(finding(report, "mention.ticker").status == Status::Pass);
}

TEST_CASE("text after invalid bytes is still checked, and spans never hold invalid UTF-8")
{
    const std::string draft = "\xE5\x85" + kSpot + "\xC0\xAF" + " OBOL";
    const auto report = cw::check_draft(obol(), draft, Language::English);
    CHECK(finding(report, "link.spot").status == Status::Pass);
    for (const auto& f : report.findings) {
        for (const auto& span : f.spans) CHECK(cw::decode_utf8(span.text).errors.empty());
    }
}

// How fast is measured by make bench (core_bench's check_draft/1048576), not here: a unit test asserts
// behaviour, and runs under the sanitizers too.
TEST_CASE("a draft of 1 MB, the most that is checked, is checked completely")
{
    std::string draft;
    const std::string paragraph = fixture("obol/ready-zh.txt") + "https://gaet.io/x OBOL \xFF ";
    while (draft.size() + paragraph.size() <= cw::kMaxCheckedDraftBytes) draft += paragraph;
    const auto report = cw::check_draft(obol(), draft, Language::Chinese);
    CHECK(report.stats.code_points > 400'000);
    CHECK(finding(report, "mention.ticker").message == "找到 $OBOL（" + std::to_string(draft.size() / paragraph.size()) + " 次）。");
    CHECK(finding(report, "link.lookalike").spans.size() == cw::kMaxSpansPerFinding);
    CHECK(finding(report, "draft.invalid-utf8").spans.size() == cw::kMaxSpansPerFinding);
}

TEST_CASE("a draft over 1 MB is not checked: one failing finding gives its size, and the stats still count it")
{
    std::string draft;
    const std::string line = "关注 $OBOL https://www.gate.io/trade/OBOL_USDT\n"; // two CJK characters, which weigh 2
    while (draft.size() < 5'000'000) draft += line;
    const auto report = cw::check_draft(obol(), draft, Language::English);
    REQUIRE(report.findings.size() == 1);
    const cw::Finding& too_long = report.findings.front();
    CHECK(too_long.id == "draft.too-long");
    CHECK(too_long.status == Status::Fail);
    CHECK(too_long.required);
    CHECK(too_long.message == "The draft is 5.0 MB, over the 1.0 MB that can be checked (a post is far shorter), so it is not "
                              "checked. Nothing was removed; shorten the draft to see the checks.");
    CHECK_FALSE(report.ready);
    const std::size_t lines = draft.size() / line.size();
    CHECK(report.stats.code_points == lines * cw::decode_utf8(line).code_points.size());
    CHECK(report.stats.weighted_length == lines * (cw::decode_utf8(line).code_points.size() + 2));

    const auto in_chinese = cw::check_draft(obol(), draft, Language::Chinese);
    CHECK(in_chinese.findings.front().message.rfind("草稿有 5.0 MB，超过可检查的上限 1.0 MB", 0) == 0);
}

TEST_CASE("one byte over the limit is enough to stop the check, one byte under is checked")
{
    const std::string at_limit(cw::kMaxCheckedDraftBytes, 'a');
    CHECK(cw::check_draft(obol(), at_limit, Language::English).findings.front().id != "draft.too-long");
    CHECK(cw::check_draft(obol(), at_limit + "a", Language::English).findings.front().id == "draft.too-long");
}

TEST_CASE("a prepared DraftChecker gives the same report as check_draft")
{
    const cw::DraftChecker checker = cw::draft_checker(obol());
    for (const std::string name : {"obol/near-misses.txt", "obol/phishing.txt", "obol/ready-zh.txt"}) {
        const std::string draft = fixture(name);
        INFO(name);
        CHECK(cw::report_json(checker.check(draft, Language::Chinese)) == cw::report_json(cw::check_draft(obol(), draft, Language::Chinese)));
    }
}

TEST_CASE("a topic's spans are the words it found, marked as evidence; a wrong link's span is the problem")
{
    const cw::Report report = cw::check_draft(obol(), "Obol 很好。https://www.gate.io/trade/OBOL_BTC", cw::Language::Chinese);
    const cw::Finding promo = finding(report, "launchpool.promo");
    CHECK(promo.status != cw::Status::Pass);
    CHECK(promo.spans_are_evidence);
    const cw::Finding spot = finding(report, "link.spot");
    CHECK(spot.status == cw::Status::Fail);
    CHECK_FALSE(spot.spans_are_evidence);
    REQUIRE(spot.spans.size() == 1);
    CHECK(spot.spans[0].text == "https://www.gate.io/trade/OBOL_BTC");
}

// ---- The outline's own placeholders ------------------------------------------------------------------

TEST_CASE("an outline built from empty notes is not ready: each placeholder is a failing finding's span")
{
    const std::string draft = fixture("obol/outline-empty-notes.txt");
    const auto report = cw::check_draft(obol(), draft, Language::Chinese);
    CHECK_FALSE(report.ready);
    REQUIRE(has_finding(report, "draft.placeholder"));
    const auto f = finding(report, "draft.placeholder");
    CHECK(f.status == Status::Fail);
    CHECK(f.required);
    CHECK(contains(f.message, "（在这里写下你的看法）"));
    REQUIRE(f.spans.size() == 3);
    for (const auto& span : f.spans) {
        CHECK(span.text == "（在这里写下你的看法）");
        CHECK(draft.substr(span.start, span.end - span.start) == span.text);
    }
}

TEST_CASE("the English placeholder is found in a Chinese-interface check, and the Chinese in an English one")
{
    const std::string english = fixture("obol/ready-zh.txt") + "\n(write your view here)\n";
    const auto english_report = cw::check_draft(obol(), english, Language::Chinese);
    CHECK_FALSE(english_report.ready);
    REQUIRE(has_finding(english_report, "draft.placeholder"));
    CHECK(finding(english_report, "draft.placeholder").spans.at(0).text == "(write your view here)");

    const std::string chinese = fixture("obol/ready-en.txt") + "\n（在这里写下你的看法）";
    const auto chinese_report = cw::check_draft(obol(), chinese, Language::English);
    CHECK_FALSE(chinese_report.ready);
    REQUIRE(has_finding(chinese_report, "draft.placeholder"));
    CHECK(contains(finding(chinese_report, "draft.placeholder").message, "placeholder"));
}

TEST_CASE("in Traditional Chinese the outline writes its placeholder in Traditional Chinese, and the check finds it")
{
    // The outline of a reader of Traditional Chinese says 「在這裡寫下你的看法」, not the English words.
    const std::string placeholder(cw::outline_placeholder(Language::TraditionalChinese));
    CHECK(placeholder == cw::catalogue().get("outline.placeholder", Language::TraditionalChinese));
    CHECK(placeholder != cw::outline_placeholder(Language::English));
    CHECK(placeholder != cw::outline_placeholder(Language::Chinese)); // 這裡, not 这里

    // A draft still holding it is not ready, whichever language the check speaks.
    const std::string draft = fixture("obol/ready-zh.txt") + "\n" + placeholder + "\n";
    for (const Language language : {Language::TraditionalChinese, Language::Chinese, Language::English}) {
        const auto report = cw::check_draft(obol(), draft, language);
        CHECK_FALSE(report.ready);
        REQUIRE(has_finding(report, "draft.placeholder"));
        CHECK(finding(report, "draft.placeholder").spans.at(0).text == placeholder);
    }
}

TEST_CASE("a ready post has no placeholder finding")
{
    CHECK_FALSE(has_finding(cw::check_draft(obol(), fixture("obol/ready-zh.txt"), Language::Chinese), "draft.placeholder"));
}
