#include "core/campaign/campaign_check.h"
#include "core/check/mentions.h"
#include "core/check/topics.h"

#include "test_campaigns.h"

#include <catch2/catch.hpp>

#include <algorithm>

namespace {

cw::TopicRequirement launchpool_topic()
{
    cw::TopicRequirement topic;
    topic.id = "launchpool.promo";
    topic.groups_zh = {{"GT", {"GT"}}, {"BTC", {"BTC", "比特币"}}, {"奖池", {"2,250,000", "225万"}}, {"APR", {"APR", "年化"}}};
    topic.groups_en = {{"GT", {"GT"}}, {"BTC", {"BTC", "bitcoin"}}, {"the pool", {"2,250,000"}}, {"APR", {"APR"}}};
    return topic;
}

cw::MentionRequirement ticker(const std::string& text = "$OBOL")
{
    cw::MentionRequirement mention;
    mention.id = "mention.ticker";
    mention.text = text;
    return mention;
}

} // namespace

TEST_CASE("a topic is covered when every group of one language has a keyword")
{
    const auto coverage = cw::cover_topic(launchpool_topic(), "质押 GT、BTC，瓜分 2,250,000 OBOL，年化最高 168%", cw::Language::Chinese);
    CHECK(coverage.covered);
    CHECK(coverage.language == cw::Language::Chinese);
    CHECK(coverage.found.size() == 4);
}

TEST_CASE("a topic written in the other language than the interface's still counts")
{
    const auto coverage = cw::cover_topic(launchpool_topic(), "Stake GT or BTC for 2,250,000 OBOL at an APR up to 168%", cw::Language::Chinese);
    CHECK(coverage.covered);
}

TEST_CASE("a partly covered topic names the groups still missing")
{
    const auto coverage = cw::cover_topic(launchpool_topic(), "Stake GT for OBOL", cw::Language::English);
    CHECK_FALSE(coverage.covered);
    CHECK(coverage.language == cw::Language::English);
    CHECK(coverage.missing_groups == std::vector<std::size_t>{1, 2, 3});
}

TEST_CASE("an uncovered topic reports the interface's language")
{
    const auto coverage = cw::cover_topic(launchpool_topic(), "nothing here", cw::Language::Chinese);
    CHECK_FALSE(coverage.covered);
    CHECK(coverage.language == cw::Language::Chinese);
    CHECK(coverage.missing_groups.size() == 4);
}

TEST_CASE("a topic with English groups only is judged in English from a Chinese interface")
{
    cw::TopicRequirement topic;
    topic.groups_en = {{"", {"Quill"}}};
    const auto coverage = cw::cover_topic(topic, "no", cw::Language::Chinese);
    CHECK(coverage.language == cw::Language::English);
    CHECK(cw::cover_topic(topic, "QUILL notes", cw::Language::Chinese).covered);
}

TEST_CASE("the ticker is found in all the ways people write it")
{
    struct Case {
        const char* behaviour;
        std::string text;
        std::size_t count;
    };
    const std::vector<Case> cases = {
        {"plain", "I like $OBOL", 1},
        {"right after CJK and before 。", "关注$OBOL。", 1},
        {"with a full-width dollar sign", "关注＄OBOL", 1},
        {"entirely in full-width", "＄ＯＢＯＬ", 1},
        {"in lower case", "$obol!", 1},
        {"not as part of a longer ticker", "$OBOLX $OBOL_X", 0},
        {"several times", "$OBOL，$OBOL；$OBOL", 3},
    };
    for (const Case& c : cases) {
        INFO(c.behaviour << ": " << c.text);
        CHECK(cw::find_mention(ticker(), c.text).count == c.count);
    }
}

TEST_CASE("the ticker without its $ is a near miss at the bare word")
{
    const auto found = cw::find_mention(ticker(), "关注 OBOL 项目");
    CHECK(found.count == 0);
    REQUIRE(found.near_miss);
    CHECK(*found.near_miss == std::pair<std::size_t, std::size_t>{3, 7});
}

TEST_CASE("the ticker with a space after $ is a near miss covering both")
{
    const auto found = cw::find_mention(ticker(), "关注 $ OBOL");
    REQUIRE(found.near_miss);
    CHECK(*found.near_miss == std::pair<std::size_t, std::size_t>{3, 9});
}

TEST_CASE("a mention without a sign has no near misses")
{
    const auto found = cw::find_mention(ticker("QuillNetwork"), "Quill Network");
    CHECK(found.count == 0);
    CHECK_FALSE(found.near_miss);
}

TEST_CASE("a hashtag mention works like a ticker")
{
    CHECK(cw::find_mention(ticker("#QuillNetwork"), "写笔记#quillnetwork。").count == 1);
    CHECK(cw::find_mention(ticker("#QuillNetwork"), "QuillNetwork").near_miss);
}

// Copied from a page that breaks long words, or typed through an input method, "$OBOL" can hold a
// character that draws nothing (a zero-width space, a word joiner, a soft hyphen). The person sees the
// ticker; Gate reads the ticker only up to that character. The check reads through it as the eye does
// and names it, rather than asking for a ticker the person sees written.
TEST_CASE("a ticker with an invisible character inside is a near miss that says so")
{
    struct Case {
        const char* behaviour;
        std::string text;
        std::pair<std::size_t, std::size_t> near_miss;
    };
    const std::vector<Case> cases = {
        {"a zero-width space inside", "关注 $OB\u200BOL 项目", {3, 9}},
        {"a zero-width space after the sign", "$\u200BOBOL", {0, 6}},
        {"a word joiner and a soft hyphen", "$O\u2060BO\u00ADL。", {0, 7}},
        {"in full width with a byte order mark", "关注＄ＯＢ\uFEFFＯＬ", {2, 8}},
        {"in lower case, two in a row", "$o\u200B\u200Cbol", {0, 7}},
    };
    for (const Case& c : cases) {
        INFO(c.behaviour);
        const cw::MentionSearch found = cw::find_mention(ticker(), c.text);
        CHECK(found.count == 0);
        REQUIRE(found.near_miss);
        CHECK(*found.near_miss == c.near_miss);
        CHECK(found.invisible);
    }
}

TEST_CASE("an invisible character at a ticker's edge or around a longer word is no near miss of it")
{
    // At the edges the ticker is whole: Gate reads it.
    CHECK(cw::find_mention(ticker(), "\u200B$OBOL\u200B").count == 1);
    // A ticker written right elsewhere is what counts.
    const cw::MentionSearch both = cw::find_mention(ticker(), "$OBOL，$OB\u200BOL");
    CHECK(both.count == 1);
    CHECK_FALSE(both.near_miss);
    // "$OBOLX" is another ticker, with or without the invisible character.
    const cw::MentionSearch longer = cw::find_mention(ticker(), "$OB\u200BOLX");
    CHECK(longer.count == 0);
    CHECK_FALSE((longer.near_miss && longer.invisible));
}

TEST_CASE("the fix of a ticker holding an invisible character writes it whole and breaks nothing that passed")
{
    const cw::Campaign campaign = shipped_campaign("obol.json");
    const std::string draft = "Obol 是以太坊的分布式验证器（DV）网络，容错、无单点故障。$OB\u200BOL 代币用于治理。"
                              "现货 https://www.gate.io/trade/OBOL_USDT";
    for (const cw::Language language : {cw::Language::Chinese, cw::Language::English}) {
        const cw::Report report = cw::check_draft(campaign, draft, language);
        const auto mention = std::find_if(report.findings.begin(), report.findings.end(),
                                          [](const cw::Finding& f) { return f.id == "mention.ticker"; });
        REQUIRE(mention != report.findings.end());
        CHECK(mention->status != cw::Status::Pass);
        INFO(mention->message);
        CHECK(mention->message.find(language == cw::Language::Chinese ? "看不见的字符" : "invisible character") !=
              std::string::npos);
        REQUIRE(mention->spans.size() == 1);
        CHECK(mention->spans[0].text == "$OB\u200BOL");
        REQUIRE(mention->fix);
        const std::string fixed = draft.substr(0, mention->fix->start) + mention->fix->text + draft.substr(mention->fix->end);
        CHECK(fixed.find("$OBOL 代币") != std::string::npos);
        const cw::Report after = cw::check_draft(campaign, fixed, language);
        for (const cw::Finding& before : report.findings) {
            const auto again = std::find_if(after.findings.begin(), after.findings.end(),
                                            [&](const cw::Finding& f) { return f.id == before.id; });
            REQUIRE(again != after.findings.end());
            if (before.status == cw::Status::Pass || before.id == "mention.ticker") {
                INFO(before.id << " after the fix: " << again->message);
                CHECK(again->status == cw::Status::Pass);
            }
        }
    }
}

TEST_CASE("a ticker holding an invisible character right before a link is still named")
{
    // The keyword search reads a link as white space, so "$OBOLhttps://…" mentions the ticker; the same
    // ticker with an invisible character inside is its near miss, wherever the exact one would count.
    const cw::Campaign campaign = shipped_campaign("obol.json");
    const std::string link = "https://www.gate.com/zh/trade/OBOL_USDT";
    struct Case {
        const char* behaviour;
        std::string draft;
        std::string near_miss;
    };
    const std::vector<Case> cases = {
        {"a link right after", "关注 $OB\u200BOL" + link, "$OB\u200BOL"},
    };
    for (const Case& c : cases) {
        INFO(c.behaviour);
        const auto mention_in = [&](const std::string& draft) {
            const cw::Report report = cw::check_draft(campaign, draft, cw::Language::English);
            return *std::find_if(report.findings.begin(), report.findings.end(),
                                 [](const cw::Finding& f) { return f.id == "mention.ticker"; });
        };
        std::string written = c.draft;
        written.replace(written.find(c.near_miss), c.near_miss.size(), "$OBOL");
        CHECK(mention_in(written).status == cw::Status::Pass);
        const cw::Finding mention = mention_in(c.draft);
        INFO(mention.message);
        CHECK(mention.message.find("invisible character") != std::string::npos);
        REQUIRE(mention.spans.size() == 1);
        CHECK(mention.spans[0].text == c.near_miss);
    }
}

// "…/OBOL_USDT$OBOL": the ticker typed right after the pasted link, with no space. A site's linkifier
// takes "$" into the link's path, so the link goes to another page and the ticker is not a mention. The
// person sees both written; each check names the glued ticker where it stands, and either Fix puts the
// space in, which mends both: the link's Fix never drops the ticker, and the ticker's near miss is not
// the project's name elsewhere in the post.
TEST_CASE("a ticker glued to the end of a link is named by both checks, and either fix mends both")
{
    const cw::Campaign campaign = shipped_campaign("obol.json");
    const std::string opening = "Obol 是以太坊的分布式验证器（DV）网络，容错、无单点故障。代币用于治理。";
    struct Case {
        const char* behaviour;
        std::string glued;   // the link with the ticker glued to it, as written
        std::string apart;   // the same with a space before the ticker
        std::string link_id; // the check of that link
    };
    const std::vector<Case> cases = {
        {"after the spot link", "https://www.gate.io/trade/OBOL_USDT$OBOL", "https://www.gate.io/trade/OBOL_USDT $OBOL", "link.spot"},
        {"in lower case, before a full stop", "https://www.gate.io/trade/OBOL_USDT$obol。", "https://www.gate.io/trade/OBOL_USDT $obol。", "link.spot"},
        {"after the launchpool link's parameters", "https://www.gate.io/launchpool/OBOL?pid=291$OBOL",
         "https://www.gate.io/launchpool/OBOL?pid=291 $OBOL", "link.launchpool"},
    };
    for (const Case& c : cases) {
        for (const cw::Language language : {cw::Language::Chinese, cw::Language::English}) {
            INFO(c.behaviour << (language == cw::Language::Chinese ? ", zh" : ", en"));
            const std::string draft = opening + "链接 " + c.glued + " 快来看";
            const cw::Report report = cw::check_draft(campaign, draft, language);
            const auto finding = [](const cw::Report& r, const std::string& id) {
                const auto found = std::find_if(r.findings.begin(), r.findings.end(), [&](const cw::Finding& f) { return f.id == id; });
                REQUIRE(found != r.findings.end());
                return *found;
            };
            const cw::Finding mention = finding(report, "mention.ticker");
            INFO(mention.message);
            CHECK(mention.status != cw::Status::Pass);
            CHECK(mention.message.find(language == cw::Language::Chinese ? "链接" : "link") != std::string::npos);
            REQUIRE(mention.spans.size() == 1);
            CHECK((mention.spans[0].text == "$OBOL" || mention.spans[0].text == "$obol"));
            const cw::Finding link = finding(report, c.link_id);
            INFO(link.message);
            CHECK(link.status != cw::Status::Pass);
            CHECK(link.message.find(mention.spans[0].text) != std::string::npos);

            const cw::Report written_apart = cw::check_draft(campaign, opening + "链接 " + c.apart + " 快来看", language);
            for (const cw::Finding* judged : {&mention, &link}) {
                REQUIRE(judged->fix);
                const std::string fixed = draft.substr(0, judged->fix->start) + judged->fix->text + draft.substr(judged->fix->end);
                INFO(judged->id << "'s fix gives: " << fixed);
                CHECK(fixed.find(c.apart) != std::string::npos);
                const cw::Report after = cw::check_draft(campaign, fixed, language);
                for (const cw::Finding& apart : written_apart.findings) {
                    INFO(apart.id << " after the fix: " << finding(after, apart.id).message);
                    CHECK(finding(after, apart.id).status == apart.status);
                }
                for (const cw::Finding& before : report.findings) {
                    if (before.status == cw::Status::Pass) CHECK(finding(after, before.id).status == cw::Status::Pass);
                }
            }
            CHECK(finding(written_apart, "mention.ticker").status == cw::Status::Pass);
            CHECK(finding(written_apart, c.link_id).status == cw::Status::Pass);
        }
    }
}

// The link's check and the mention's read a glued ticker by one definition ("$", then ASCII letters and
// digits to the link's end), so they agree on a ticker that starts with a digit too: both name it, and
// neither Fix drops it.
TEST_CASE("a ticker starting with a digit glued to a link is named by both checks alike")
{
    cw::Campaign campaign = shipped_campaign("obol.json");
    campaign.requirements.all<cw::MentionRequirement>()[0].text = "$1INCH";
    const std::string draft = "现货 https://www.gate.io/trade/OBOL_USDT$1INCH 快来";
    const cw::Report report = cw::check_draft(campaign, draft, cw::Language::English);
    for (const std::string id : {"mention.ticker", "link.spot"}) {
        const auto found = std::find_if(report.findings.begin(), report.findings.end(), [&](const cw::Finding& f) { return f.id == id; });
        REQUIRE(found != report.findings.end());
        INFO(id << ": " << found->message);
        CHECK(found->message.find("glued") != std::string::npos);
        REQUIRE(found->fix);
        const std::string fixed = draft.substr(0, found->fix->start) + found->fix->text + draft.substr(found->fix->end);
        CHECK(fixed == "现货 https://www.gate.io/trade/OBOL_USDT $1INCH 快来");
    }
}

// A topic is about what the post says, and a character that draws nothing (pasted from a page that
// breaks long words, or from a chat) does not change what it says: "容<U+200B>错" reads 容错. The topic's
// keywords are read through such characters; a ticker is not (Gate reads a ticker only up to one, and
// the mention check names it instead: see above).
TEST_CASE("a topic's keyword with an invisible character inside covers it, as it reads")
{
    struct Case {
        const char* behaviour;
        std::string text;
        cw::Language language;
        std::size_t gt_begin, gt_end; // where the GT group's keyword was found
    };
    const std::vector<Case> cases = {
        {"a zero-width space, a soft hyphen, a word joiner, a byte order mark",
         "质押 G\u200BT、B\u00ADTC，瓜分 2,250,\u2060000 OBOL，年\uFEFF化最高 168%", cw::Language::Chinese, 3, 6},
        {"two in a row, and a direction mark in an English post",
         "Stake G\u200B\u200CT or B\u200ETC for 2,250,000 OBOL at an A\u200DPR up to 168%", cw::Language::English, 6, 10},
    };
    for (const Case& c : cases) {
        INFO(c.behaviour);
        const auto coverage = cw::cover_topic(launchpool_topic(), c.text, c.language);
        CHECK(coverage.covered);
        REQUIRE(coverage.found.size() == 4);
        CHECK(coverage.found[0] == std::pair<std::size_t, std::size_t>{c.gt_begin, c.gt_end});
    }
    // A word a keyword starts, through a soft hyphen: "validat­ors" is "validators".
    cw::TopicRequirement topic;
    topic.groups_en = {{"", {"validator*"}}};
    const auto prefix = cw::cover_topic(topic, "run valid\u00ADat\u00ADors now", cw::Language::English);
    CHECK(prefix.covered);
    REQUIRE(prefix.found.size() == 1);
    CHECK(prefix.found[0] == std::pair<std::size_t, std::size_t>{4, 16});
}

TEST_CASE("read through an invisible character, an ASCII keyword still needs its word's edges")
{
    cw::TopicRequirement topic;
    topic.groups_en = {{"", {"DV"}}};
    CHECK(cw::cover_topic(topic, "D\u200BV", cw::Language::English).covered);
    CHECK_FALSE(cw::cover_topic(topic, "D\u200BVD", cw::Language::English).covered);    // reads "DVD"
    CHECK_FALSE(cw::cover_topic(topic, "A\u200BD\u200BV", cw::Language::English).covered); // reads "ADV"
    CHECK(cw::cover_topic(topic, "分布式\u200BD\u200BV技术", cw::Language::English).covered);
}

TEST_CASE("the campaign's topics are covered by a post whose keywords hold invisible characters, in Simplified and Traditional")
{
    const cw::Campaign campaign = shipped_campaign("obol.json");
    for (const std::string draft : {"Obol 的 D\u200BV 技术带来容\u200B错能力，没有单\u2060点故障。",
                                    "Obol 的 D\u200BV 技術帶來容\u200B錯能力，沒有單\u2060點故障。"}) {
        INFO(draft);
        const cw::Report report = cw::check_draft(campaign, draft, cw::Language::Chinese);
        const auto advantages = std::find_if(report.findings.begin(), report.findings.end(),
                                             [](const cw::Finding& f) { return f.id == "topic.dv-advantages"; });
        REQUIRE(advantages != report.findings.end());
        INFO(advantages->message);
        CHECK(advantages->status == cw::Status::Pass);
        // The ticker is still not read through: Gate would not.
        const auto ticker_finding = std::find_if(report.findings.begin(), report.findings.end(),
                                                 [](const cw::Finding& f) { return f.id == "mention.ticker"; });
        REQUIRE(ticker_finding != report.findings.end());
        CHECK(ticker_finding->status != cw::Status::Pass);
    }
    const cw::Report ticker_split = cw::check_draft(campaign, "关注 $OB\u200BOL", cw::Language::Chinese);
    const auto mention = std::find_if(ticker_split.findings.begin(), ticker_split.findings.end(),
                                      [](const cw::Finding& f) { return f.id == "mention.ticker"; });
    REQUIRE(mention != ticker_split.findings.end());
    CHECK(mention->status != cw::Status::Pass);
}
