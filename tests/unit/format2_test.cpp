// Campaign format 2: Gate Square's rule kinds (hashtags, length per language, meaningful content,
// self-confirmed items) and the campaign period.
#include "core/campaign/campaign.h"
#include "core/campaign/campaign_period.h"
#include "core/campaign/campaign_check.h"
#include "core/check/hashtags.h"
#include "core/check/post_content.h"
#include "core/campaign/progress.h"
#include "core/check/rules/self_confirmed.h"
#include "core/text/utf8.h"
#include "test_campaigns.h"

#include <catch2/catch.hpp>

namespace {

cw::HashtagRequirement hashtag(std::vector<std::string> spellings)
{
    cw::HashtagRequirement requirement;
    requirement.id = "hashtag.test";
    requirement.spellings = std::move(spellings);
    return requirement;
}

cw::HashtagSearch search(const cw::HashtagRequirement& requirement, const std::string& text)
{
    return cw::find_hashtag(requirement, cw::decode_utf8(text).code_points);
}

const cw::Finding& finding(const cw::Report& report, const std::string& id)
{
    for (const cw::Finding& f : report.findings) {
        if (f.id == id) return f;
    }
    FAIL("no finding " << id);
    return report.findings.front();
}

} // namespace

TEST_CASE("a #话题# with hashes at both ends is found, spaces inside included")
{
    CHECK(search(hashtag({"#Gate广场创作者#"}), "今天发帖 #Gate广场创作者# 加油").found);
    const auto contest = search(hashtag({"#XYZ Creative Contest#"}), "Joining #xyz creative contest# today");
    CHECK(contest.found);
    CHECK(contest.range == std::pair<std::size_t, std::size_t>{8, 30});
}

TEST_CASE("a #tag ends where its word ends, so a longer tag does not count")
{
    CHECK(search(hashtag({"#GateSquare"}), "Posted on #GateSquare!").found);
    CHECK_FALSE(search(hashtag({"#GateSquare"}), "Posted on #GateSquareDaily").found);
}

TEST_CASE("any accepted spelling counts: the Chinese or the English form of one tag")
{
    const auto requirement = hashtag({"#我的2026第一帖", "#MyFirstPost2026"});
    const auto english = search(requirement, "New year! #MyFirstPost2026");
    CHECK(english.found);
    CHECK(english.spelling == 1);
    CHECK(search(requirement, "#我的2026第一帖 新年快乐").found);
}

TEST_CASE("a hashtag in Traditional characters counts for the Simplified spelling")
{
    CHECK(search(hashtag({"#Gate广场创作者#"}), "#Gate廣場創作者# 新年快樂").found);
}

TEST_CASE("hashtag near misses: the closing #, a full-width ＃, a space after #, no #, another spelling")
{
    const auto closed = hashtag({"#Gate广场创作者#"});
    CHECK(search(closed, "#Gate广场创作者 加油").near_miss == cw::HashtagMiss::MissingClosingHash);
    CHECK(search(closed, "＃Gate广场创作者＃ 加油").near_miss == cw::HashtagMiss::FullWidthHash);
    CHECK(search(closed, "# Gate广场创作者# 加油").near_miss == cw::HashtagMiss::SpaceAfterHash);
    CHECK(search(closed, "我是Gate广场创作者").near_miss == cw::HashtagMiss::MissingHash);
    const auto other = search(hashtag({"#GateSquareCreator#"}), "hi #GateSqareCreator# there");
    CHECK(other.near_miss == cw::HashtagMiss::OtherSpelling);
    CHECK(other.range == std::pair<std::size_t, std::size_t>{3, 21});
    CHECK(search(closed, "完全无关的帖子").near_miss == cw::HashtagMiss::None);
}

TEST_CASE("only Gate's two forms are accepted as spellings in a campaign")
{
    CHECK(cw::is_hashtag_spelling("#话题#"));
    CHECK(cw::is_hashtag_spelling("#XYZ Creative Contest#"));
    CHECK(cw::is_hashtag_spelling("#tag"));
    CHECK_FALSE(cw::is_hashtag_spelling("tag"));
    CHECK_FALSE(cw::is_hashtag_spelling("#two words"));
    CHECK_FALSE(cw::is_hashtag_spelling("# tag#"));
    CHECK_FALSE(cw::is_hashtag_spelling("#"));
}

TEST_CASE("a post's length counts 字 for Chinese and words for English")
{
    const auto chinese = cw::measure_post(cw::decode_utf8("新年快乐，Gate 广场！").code_points);
    CHECK(chinese.chinese);
    CHECK(chinese.characters == 7); // 新年快乐 Gate 广场: punctuation is not counted, a Latin word counts one
    const auto english = cw::measure_post(cw::decode_utf8("My first post of 2026, isn't it well-made?").code_points);
    CHECK_FALSE(english.chinese);
    CHECK(english.words == 8);
}

TEST_CASE("meaningful content: emoji or symbols only, or repeated characters, are refused")
{
    CHECK(cw::judge_content(cw::decode_utf8("😂😂😂 !!! 🚀").code_points) == cw::ContentProblem::OnlySymbols);
    CHECK(cw::judge_content(cw::decode_utf8("哈哈哈哈哈哈 😂").code_points) == cw::ContentProblem::RepeatedCharacters);
    CHECK(cw::judge_content(cw::decode_utf8("1111").code_points) == cw::ContentProblem::RepeatedCharacters);
    CHECK(cw::judge_content(cw::decode_utf8("新年快乐，大家好 🎉").code_points) == cw::ContentProblem::None);
    CHECK(cw::judge_content(cw::decode_utf8("   ").code_points) == cw::ContentProblem::OnlySymbols);
}

TEST_CASE("period times are read in the announcement's time zone")
{
    CHECK(cw::parse_utc_offset("UTC") == 0);
    CHECK(cw::parse_utc_offset("UTC+8") == 480);
    CHECK(cw::parse_utc_offset("UTC-3:30") == -210);
    CHECK_FALSE(cw::parse_utc_offset("GMT+8"));
    CHECK_FALSE(cw::parse_utc_offset("UTC+15"));
    CHECK(cw::parse_period_time("1970-01-01 08:00", 480) == 0);
    CHECK(cw::parse_period_time("2026-01-15 23:59", 480) == cw::parse_period_time("2026-01-15 15:59", 0));
    CHECK_FALSE(cw::parse_period_time("2026-02-30 10:00", 0));
    CHECK_FALSE(cw::parse_period_time("2026-01-15T10:00", 0));
    CHECK(cw::format_period_time(0, 480) == "1970-01-01 08:00 (UTC+8)");
}

TEST_CASE("the period notice: ends in N days, ended on …, in the person's time")
{
    cw::CampaignPeriod period;
    period.start = *cw::parse_period_time("2025-12-31 18:00", 480);
    period.end = *cw::parse_period_time("2026-01-15 23:59", 480);
    period.offset_minutes = 480;
    const std::int64_t three_days_before = period.end - 3 * 86400 + 60;
    const auto running = cw::describe_period(period, three_days_before, 0, cw::Language::English);
    CHECK(running.state == cw::PeriodState::Running);
    CHECK(running.text == "Ends in 3 days, on 2026-01-15 15:59 (UTC).");
    const auto ended = cw::describe_period(period, period.end + 1, -300, cw::Language::Chinese);
    CHECK(ended.state == cw::PeriodState::Ended);
    CHECK(ended.text == "本活动已于 2026-01-15 10:59 (UTC-5) 结束。帖子仍可检查，但可能不再计入活动。");
    CHECK(cw::describe_period(period, period.start - 1, 480, cw::Language::English).state == cw::PeriodState::NotStarted);
    CHECK(cw::describe_period(period, period.end - 3600, 480, cw::Language::English).text == "Ends in 1 hour, on 2026-01-15 23:59 (UTC+8).");
    CHECK(cw::describe_period(period, period.end - 7200, 480, cw::Language::English).text == "Ends in 2 hours, on 2026-01-15 23:59 (UTC+8).");
    CHECK(cw::describe_period(period, period.end - 86400, 480, cw::Language::English).text == "Ends in 1 day, on 2026-01-15 23:59 (UTC+8).");
    CHECK(cw::describe_period(period, period.end - 3600, 480, cw::Language::Chinese).text == "1 小时后结束（2026-01-15 23:59 (UTC+8)）。");
}

TEST_CASE("the real Gate Square campaign loads as format 2 with its hashtag, length, item to confirm and period")
{
    const cw::Campaign campaign = shipped_campaign("gate-square-2026-first-post.json");
    CHECK(campaign.format_version == 2);
    REQUIRE(campaign.requirements.all<cw::HashtagRequirement>().size() == 1);
    CHECK(campaign.requirements.all<cw::HashtagRequirement>()[0].spellings.size() == 2);
    REQUIRE(campaign.requirements.one<cw::PostLengthRequirement>());
    CHECK(campaign.requirements.one<cw::PostLengthRequirement>()->minimum_characters == 30);
    CHECK(campaign.requirements.all<cw::SelfConfirmedItem>().size() == 1);
    REQUIRE(campaign.period);
    CHECK(campaign.period->offset_minutes == 480);
}

TEST_CASE("format 2 checks a post: hashtag, 字 count and content, and the post can be checked after the end")
{
    const cw::Campaign campaign = shipped_campaign("gate-square-2026-first-post.json");
    const auto ready = cw::check_draft(campaign, "#我的2026第一条帖 新的一年，希望自己坚持学习 Web3，每周写一篇笔记，认真读懂每一个项目。加油！", cw::Language::Chinese);
    CHECK(ready.ready);
    CHECK(finding(ready, "hashtag.first-post").status == cw::Status::Pass);
    const auto short_post = cw::check_draft(campaign, "#我的2026第一帖 新年快乐", cw::Language::Chinese);
    CHECK(finding(short_post, "length.30").status == cw::Status::Fail);
    CHECK(finding(short_post, "length.30").message == "4 字，至少需要 30 字。（话题、链接、表情和标点不计。）"); // the hashtag is not the person's words
    const auto emoji = cw::check_draft(campaign, "😂😂😂😂", cw::Language::English);
    CHECK(finding(emoji, "content.meaningful").status == cw::Status::Warn); // not required in this campaign
    const auto fixed = cw::check_draft(campaign, "＃我的2026第一帖", cw::Language::English);
    REQUIRE(finding(fixed, "hashtag.first-post").fix);
    CHECK(finding(fixed, "hashtag.first-post").fix->text == "#我的2026第一帖");
}

TEST_CASE("a strict length (大于 30 字) fails at exactly the minimum")
{
    cw::Campaign campaign = shipped_campaign("gate-square-2026-first-post.json");
    campaign.requirements.one<cw::PostLengthRequirement>()->minimum_characters = 4;
    campaign.requirements.one<cw::PostLengthRequirement>()->strict = true;
    CHECK(finding(cw::check_draft(campaign, "新年快乐", cw::Language::Chinese), "length.30").status == cw::Status::Fail);
    CHECK(finding(cw::check_draft(campaign, "新年快乐呀", cw::Language::Chinese), "length.30").status == cw::Status::Pass);
}

TEST_CASE("format 2's fields are refused in a format 1 file, and wrong ones are named")
{
    const auto format1 = cw::load_campaign(R"({"format_version": 1, "id": "x", "languages": ["en"], "title": {"en": "x"},
        "summary": {"en": "x"}, "research": [], "requirements": {"hashtags": []}, "period": {}})");
    bool hashtags = false, period = false;
    for (const auto& problem : format1.problems) {
        hashtags = hashtags || cw::describe(problem) == "requirements.hashtags: unknown field; expected one of: links, mentions, topics, length, equivalent_path_prefixes";
        period = period || cw::describe(problem).rfind("period: unknown field", 0) == 0;
    }
    CHECK(hashtags);
    CHECK(period);
    std::string text = read_source_file("assets/campaigns/gate-square-2026-first-post.json");
    text.replace(text.find("\"#我的2026第一帖\", "), std::string("\"#我的2026第一帖\", ").size(), "\"# 我的2026\", ");
    text.replace(text.find("\"UTC+8\""), 7, "\"CST\"");
    std::vector<std::string> problems;
    for (const auto& problem : cw::load_campaign(text).problems) problems.push_back(cw::describe(problem));
    CHECK(problems == std::vector<std::string>{
                          "requirements.hashtags[0].spellings[0]: expected a hashtag as Gate writes it, \"#话题#\" or \"#tag\", got \"# 我的2026\"",
                          "period.time_zone: expected \"UTC\" or an offset like \"UTC+8\", got \"CST\""});
}

TEST_CASE("a self-confirmed item fails until the person ticks it, and then passes as their own word")
{
    const cw::Campaign campaign = shipped_campaign("gate-square-2026-first-post.json");
    const std::string post = "#我的2026第一帖 新的一年，希望自己坚持学习 Web3，每周写一篇笔记，认真读懂每一个项目。加油！";
    cw::Report report = cw::check_draft(campaign, post, cw::Language::English);
    CHECK(report.ready); // the checker alone never reports what only the person knows
    cw::add_self_confirmed_findings(campaign.requirements.all<cw::SelfConfirmedItem>(), {}, cw::Language::English, report);
    CHECK_FALSE(report.ready);
    CHECK(finding(report, "confirm.original").status == cw::Status::Fail);
    CHECK(finding(report, "confirm.original").message.rfind("Only you can confirm this", 0) == 0);

    cw::Report ticked = cw::check_draft(campaign, post, cw::Language::Chinese);
    cw::add_self_confirmed_findings(campaign.requirements.all<cw::SelfConfirmedItem>(), {"confirm.original"}, cw::Language::Chinese, ticked);
    CHECK(ticked.ready);
    CHECK(finding(ticked, "confirm.original").status == cw::Status::Pass);
    CHECK(finding(ticked, "confirm.original").message == "你已确认（这是你自己的确认，小工具无法检查）。");
    CHECK(cw::is_self_confirmed(campaign.requirements.all<cw::SelfConfirmedItem>(), "confirm.original"));
    CHECK_FALSE(cw::is_self_confirmed(campaign.requirements.all<cw::SelfConfirmedItem>(), "length.30"));
}

TEST_CASE("the ticks are saved with the progress and come back")
{
    cw::Progress progress;
    progress.campaign_id = "gate-square-2026-first-post";
    progress.confirmed = {"confirm.original"};
    const auto load = cw::load_progress(cw::save_progress(progress), "gate-square-2026-first-post");
    REQUIRE(load.progress);
    CHECK(load.progress->confirmed == std::set<std::string>{"confirm.original"});
    CHECK(cw::save_progress(cw::Progress{}).find("confirmed") == std::string::npos); // format 1 saves as before
    CHECK(cw::load_progress(R"({"version": 1, "campaign": "x", "confirmed": [7]})", "x").problem == "confirmed: expected an array of ids");
}
