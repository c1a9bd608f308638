// Format 2's optional fields: an open-ended period with its settlement, the forbidden rule (no
// advertising or traffic diversion), the period and the self-confirmed items in the JSON report, and
// dates that do not exist named as such.
#include "core/campaign/campaign.h"
#include "core/campaign/campaign_period.h"
#include "core/campaign/campaign_check.h"
#include "core/campaign/report_json.h"

#include "test_campaigns.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>

using cw::Language;
using cw::Status;
using json = nlohmann::json;

namespace {

// The shipped format-2 campaign with its JSON changed by `edit` before loading.
template <typename Edit> cw::CampaignLoad edited_first_post(Edit edit)
{
    json document = json::parse(read_source_file("assets/campaigns/gate-square-2026-first-post.json"));
    edit(document);
    return cw::load_campaign(document.dump());
}

template <typename Edit> cw::Campaign loaded(Edit edit)
{
    const cw::CampaignLoad load = edited_first_post(edit);
    for (const auto& problem : load.problems) FAIL_CHECK(cw::describe(problem));
    REQUIRE(load.campaign);
    return *load.campaign;
}

std::vector<std::string> problems(const cw::CampaignLoad& load)
{
    std::vector<std::string> out;
    for (const auto& problem : load.problems) out.push_back(cw::describe(problem));
    return out;
}

cw::Finding finding(const cw::Report& report, const std::string& id)
{
    const auto found = std::find_if(report.findings.begin(), report.findings.end(),
                                    [&](const cw::Finding& f) { return f.id == id; });
    if (found == report.findings.end()) FAIL("no finding " << id);
    return *found;
}

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

std::string with_fix(const std::string& draft, const cw::Fix& fix)
{
    return draft.substr(0, fix.start) + fix.text + draft.substr(fix.end);
}

void open_ended(json& document)
{
    document["period"] = {{"start", "2025-06-01 00:00"}, {"time_zone", "UTC+8"},
                          {"settlement", {{"zh", "每月结算"}, {"en", "settled monthly"}}}};
}

void no_advertising(json& document)
{
    document["requirements"]["forbidden"] = json::array({{
        {"id", "forbidden.ads"},
        {"title", {{"zh", "严禁广告引流"}, {"en", "No advertising or traffic diversion"}}},
        {"allowed_hosts", {"gate.com", "gate.io"}},
        {"words", {{"zh", {"加微信", "拉群", "邀请码"}}, {"en", {"referral code", "DM me"}}}},
    }});
}

const std::int64_t kJuly2025 = 1751328000; // 2025-07-01 00:00 UTC

} // namespace

TEST_CASE("a period without an end is open-ended, and its notice says since when it runs and how it settles")
{
    const cw::Campaign campaign = loaded(open_ended);
    REQUIRE(campaign.period);
    CHECK(campaign.period->open_ended);
    const cw::PeriodNotice zh = cw::describe_period(*campaign.period, kJuly2025, 480, Language::Chinese);
    CHECK(zh.state == cw::PeriodState::Open);
    CHECK(contains(zh.text, "2025-06-01 00:00"));
    CHECK(contains(zh.text, "长期有效"));
    CHECK(contains(zh.text, "每月结算"));
    const cw::PeriodNotice en = cw::describe_period(*campaign.period, kJuly2025, 480, Language::English);
    CHECK(contains(en.text, "settled monthly"));
    CHECK(cw::describe_period(*campaign.period, kJuly2025 - 60 * 86400, 480, Language::English).state == cw::PeriodState::NotStarted);
}

TEST_CASE("a date or time that does not exist is named as such")
{
    for (const char* bad : {"2025-08-32 16:00", "2025-02-30 10:00", "2025-08-10 25:00", "2025-13-01 10:00", "2025-08-10 10:60"}) {
        const auto load = edited_first_post([&](json& document) { document["period"]["end"] = bad; });
        INFO(bad);
        REQUIRE(load.problems.size() == 1);
        CHECK(contains(cw::describe(load.problems[0]), "period.end: "));
        CHECK(contains(cw::describe(load.problems[0]), "does not exist"));
    }
    const auto malformed = edited_first_post([](json& document) { document["period"]["end"] = "2025/08/10"; });
    REQUIRE(malformed.problems.size() == 1);
    CHECK(contains(cw::describe(malformed.problems[0]), "expected a time as"));
}

TEST_CASE("every format-2 file of today keeps loading unchanged")
{
    const cw::Campaign campaign = shipped_campaign("gate-square-2026-first-post.json");
    REQUIRE(campaign.period);
    CHECK_FALSE(campaign.period->open_ended);
    CHECK(campaign.requirements.all<cw::ForbiddenRequirement>().empty());
}

TEST_CASE("a forbidden word fails, in any language's list, folded like topics, one finding with every span")
{
    const cw::Campaign campaign = loaded(no_advertising);
    const std::string draft = "#我的2026第一帖 新年快乐！想要内部消息的加微信，或者拉群一起玩，ＤＭ ｍｅ，邀請碼 ABC";
    const auto report = cw::check_draft(campaign, draft, Language::English);
    const auto ads = finding(report, "forbidden.ads");
    CHECK(ads.status == Status::Fail);
    CHECK(ads.required);
    REQUIRE(ads.spans.size() == 4);
    CHECK(ads.spans[0].text == "加微信");
    CHECK(ads.spans[1].text == "拉群");
    CHECK(ads.spans[2].text == "ＤＭ ｍｅ");
    CHECK(ads.spans[3].text == "邀請碼");
    CHECK(contains(ads.message, "加微信"));
    CHECK_FALSE(report.ready);

    // Each fix removes the first span; applying them one by one clears them all.
    std::string fixed = draft;
    for (int round = 0; round < 10; ++round) {
        const auto again = finding(cw::check_draft(campaign, fixed, Language::English), "forbidden.ads");
        if (again.status == Status::Pass) break;
        REQUIRE(again.fix);
        CHECK(again.fix->kind == cw::FixKind::Replace);
        CHECK(again.fix->start == again.spans.front().start);
        CHECK(again.fix->end == again.spans.front().end);
        fixed = with_fix(fixed, *again.fix);
    }
    CHECK(finding(cw::check_draft(campaign, fixed, Language::English), "forbidden.ads").status == Status::Pass);
    CHECK_FALSE(contains(fixed, "微信"));
}

TEST_CASE("a link to a host outside allowed_hosts fails; subdomains and the campaign's own link hosts are allowed")
{
    cw::Campaign campaign = loaded([](json& document) {
        no_advertising(document);
        document["requirements"]["links"] = json::array({{
            {"id", "link.post"}, {"title", {{"zh", "帖子链接"}, {"en", "Post link"}}}, {"url", "https://web.gate.it/post/status/1"}, {"required", false},
        }});
    });
    auto ads = [&](const std::string& draft) { return finding(cw::check_draft(campaign, draft, Language::Chinese), "forbidden.ads"); };
    CHECK(ads("看这里 https://www.gate.com/zh/trade/OBOL_USDT 和 m.gate.io/launchpool 还有 https://web.gate.it/post/status/9").status == Status::Pass);
    const auto outside = ads("进群 t.me/gate_airdrop_vip 领取，或看 https://example.com/a?x=1 。");
    CHECK(outside.status == Status::Fail);
    REQUIRE(outside.spans.size() == 2);
    CHECK(outside.spans[0].text == "t.me/gate_airdrop_vip");
    CHECK(outside.spans[1].text == "https://example.com/a?x=1");
    CHECK(ads("一个假的 https://gate.com.evil.io/x 链接").status == Status::Fail);
}

TEST_CASE("an optional forbidden rule only warns")
{
    const cw::Campaign campaign = loaded([](json& document) {
        no_advertising(document);
        document["requirements"]["forbidden"][0]["required"] = false;
    });
    CHECK(finding(cw::check_draft(campaign, "加微信", Language::Chinese), "forbidden.ads").status == Status::Warn);
}

TEST_CASE("a forbidden rule's message names the rule it breaks, not advertising whatever the ban is")
{
    // The PUBLIC contest bans fake engagement (严禁虚假互动), not advertising: a person told that
    // "互粉" is advertising would not know which rule of the announcement they broke.
    const cw::Campaign campaign = loaded([](json& document) {
        document["requirements"]["forbidden"] = json::array({{
            {"id", "forbidden.fake"},
            {"title", {{"zh", "严禁虚假互动"}, {"en", "No fake engagement"}}},
            {"allowed_hosts", {"gate.com"}},
            {"words", {{"zh", {"互粉"}}, {"en", {"follow for follow"}}}},
        }});
    });
    const auto zh_word = finding(cw::check_draft(campaign, "新年快乐，互粉", Language::Chinese), "forbidden.fake");
    CHECK(contains(zh_word.message, "互粉"));
    CHECK(contains(zh_word.message, "严禁虚假互动"));
    CHECK_FALSE(contains(zh_word.message, "广告"));
    const auto en_word = finding(cw::check_draft(campaign, "Happy new year, follow for follow", Language::English), "forbidden.fake");
    CHECK(contains(en_word.message, "No fake engagement"));
    CHECK_FALSE(contains(en_word.message, "advertising"));
    const auto en_link = finding(cw::check_draft(campaign, "Happy new year https://example.com/x", Language::English), "forbidden.fake");
    CHECK(contains(en_link.message, "https://example.com/x"));
    CHECK(contains(en_link.message, "No fake engagement"));
    CHECK_FALSE(contains(en_link.message, "advertising"));
}

TEST_CASE("a forbidden rule's fields are checked with their JSON paths")
{
    const auto load = edited_first_post([](json& document) {
        no_advertising(document);
        document["requirements"]["forbidden"][0]["allowed_hosts"] = {"not a host"};
        document["requirements"]["forbidden"][0]["words"]["zh"] = {""};
        document["requirements"]["forbidden"][0]["colour"] = "red";
    });
    const auto found = problems(load);
    CHECK(std::any_of(found.begin(), found.end(), [](const std::string& p) { return p.rfind("requirements.forbidden[0].allowed_hosts[0]: ", 0) == 0; }));
    CHECK(std::any_of(found.begin(), found.end(), [](const std::string& p) { return p.rfind("requirements.forbidden[0].words.zh[0]: ", 0) == 0; }));
    CHECK(std::any_of(found.begin(), found.end(), [](const std::string& p) { return p.rfind("requirements.forbidden[0].colour: unknown field", 0) == 0; }));
}

TEST_CASE("the JSON report carries the period with its state and the self-confirmed items")
{
    const cw::Campaign campaign = shipped_campaign("gate-square-2026-first-post.json");
    const cw::Report report = cw::check_draft(campaign, "#我的2026第一帖", Language::English);
    const json during = json::parse(cw::report_json(report, campaign, 1767500000, Language::English)); // 2026-01-04
    CHECK(during["period"] == json({{"start", "2025-12-31 18:00"}, {"end", "2026-01-15 23:59"}, {"time_zone", "UTC+8"}, {"state", "running"}}));
    CHECK(during["self_confirmed"] == json::array({{{"id", "confirm.original"},
                                                    {"title", "I wrote this myself: nothing copied or reworded from others"},
                                                    {"required", true}}}));
    CHECK(json::parse(cw::report_json(report, campaign, 1700000000, Language::English))["period"]["state"] == "upcoming");
    CHECK(json::parse(cw::report_json(report, campaign, 1800000000, Language::English))["period"]["state"] == "ended");

    const cw::Campaign open = loaded(open_ended);
    const json open_report = json::parse(cw::report_json(report, open, kJuly2025, Language::Chinese));
    CHECK(open_report["period"] == json({{"start", "2025-06-01 00:00"}, {"time_zone", "UTC+8"}, {"state", "open"}}));

    const cw::Campaign obol = shipped_campaign("obol.json");
    const json without = json::parse(cw::report_json(cw::check_draft(obol, "x", Language::English), obol, kJuly2025, Language::English));
    CHECK_FALSE(without.contains("period"));
    CHECK(without["self_confirmed"] == json::array());
}

TEST_CASE("an open-ended period may leave out its start too, when the announcement gives none (长期有效)")
{
    const cw::Campaign campaign = loaded([](json& document) {
        document["period"] = {{"time_zone", "UTC+8"}, {"settlement", {{"zh", "每月结算"}, {"en", "settled monthly"}}}};
    });
    REQUIRE(campaign.period);
    CHECK(campaign.period->open_ended);
    const cw::PeriodNotice zh = cw::describe_period(*campaign.period, kJuly2025, 480, Language::Chinese);
    CHECK(zh.state == cw::PeriodState::Open);
    CHECK(zh.text == "本活动长期有效，没有结束日期。结算方式：每月结算。");
    const cw::Report report = cw::check_draft(campaign, "x", Language::English);
    CHECK(json::parse(cw::report_json(report, campaign, kJuly2025, Language::English))["period"] ==
          json({{"time_zone", "UTC+8"}, {"state", "open"}}));
    // A period with an end still needs its start.
    const auto without_start = edited_first_post([](json& document) { document["period"].erase("start"); });
    REQUIRE(without_start.problems.size() == 1);
    CHECK(cw::describe(without_start.problems[0]) == "period.start: missing; expected a string");
}
