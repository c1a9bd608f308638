// Readiness comes from the report: the header, the live summary and the text view count what the
// report says is required (every kind, the self-confirmed items with the person's ticks) and the draft
// itself as one item; the summary names each item it lists.
#include "core/campaign/campaign_check.h"
#include "core/i18n/catalogue.h"
#include "core/check/readiness.h"
#include "core/check/rules/self_confirmed.h"

#include "test_campaigns.h"

#include <catch2/catch.hpp>

using cw::Language;

namespace {

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

} // namespace

TEST_CASE("a format-2 campaign's readiness counts its hashtag, length and self-confirmed items")
{
    const cw::Campaign campaign = shipped_campaign("gate-square-2026-first-post.json");
    cw::Report report = cw::check_draft(campaign, "新年快乐", Language::Chinese);
    cw::add_self_confirmed_findings(campaign.requirements.all<cw::SelfConfirmedItem>(), {}, Language::Chinese, report);
    // hashtag, length, the self-confirmed item (all required; meaningful content is optional), the draft
    const cw::Readiness readiness = cw::count_readiness(report);
    CHECK(readiness.total == 4);
    CHECK(readiness.passing == 1);

    const std::string post = "#我的2026第一帖 新的一年，希望自己坚持学习 Web3，每周写一篇笔记，认真读懂每一个项目。加油！";
    cw::Report ticked = cw::check_draft(campaign, post, Language::Chinese);
    cw::add_self_confirmed_findings(campaign.requirements.all<cw::SelfConfirmedItem>(), {"confirm.original"}, Language::Chinese, ticked);
    CHECK(cw::count_readiness(ticked).passing == 4);
    CHECK(cw::count_readiness(ticked).total == 4);
}

TEST_CASE("the OBOL readiness counts its required checks and the draft, from the empty draft to the last key")
{
    const cw::Campaign campaign = shipped_campaign("obol.json");
    const cw::Readiness empty = cw::count_readiness(cw::check_draft(campaign, "", Language::English));
    const cw::Readiness typed = cw::count_readiness(cw::check_draft(campaign, "a", Language::English));
    CHECK(empty.total == typed.total);
    CHECK(empty.total == 5); // two links, the ticker, the launchpool promotion, the draft
    CHECK(empty.passing == 0);
    CHECK(typed.passing == 1);
}

TEST_CASE("the live summary names each item it lists, self-confirmed ones included")
{
    cw::Campaign campaign = shipped_campaign("gate-square-2026-first-post.json");
    cw::SelfConfirmedItem screenshot;
    screenshot.id = "confirm.screenshot";
    screenshot.title = {"附上 Launchpool 参与截图", "Attach a screenshot of your Launchpool stake"};
    campaign.requirements.all<cw::SelfConfirmedItem>().push_back(screenshot);
    cw::Report report = cw::check_draft(campaign, "#我的2026第一帖 新年快乐", Language::Chinese);
    cw::add_self_confirmed_findings(campaign.requirements.all<cw::SelfConfirmedItem>(), {}, Language::Chinese, report);
    const std::string summary = cw::readiness_summary(report, Language::Chinese);
    CHECK(summary.rfind("已通过 2 / 5 项检查：", 0) == 0);
    // Each item by its title, then what it says: the two self-confirmed items no longer read alike.
    CHECK(contains(summary, "这是我自己写的，没有抄袭或洗稿：只有你自己能确认"));
    CHECK(contains(summary, "附上 Launchpool 参与截图：只有你自己能确认"));
    CHECK(contains(summary, "不少于 30 字：4 字"));
    CHECK(summary.substr(summary.size() - 3) == "。");

    cw::Report in_english = cw::check_draft(campaign, "#我的2026第一帖 新年快乐", Language::English);
    cw::add_self_confirmed_findings(campaign.requirements.all<cw::SelfConfirmedItem>(), {}, Language::English, in_english);
    const std::string english = cw::readiness_summary(in_english, Language::English);
    CHECK(english.rfind("2 of 5 checks pass: ", 0) == 0);
    CHECK(contains(english, "Attach a screenshot of your Launchpool stake: "));
}

TEST_CASE("a ready post's summary says so")
{
    const cw::Campaign campaign = shipped_campaign("gate-square-2026-first-post.json");
    const std::string post = "#我的2026第一帖 新的一年，希望自己坚持学习 Web3，每周写一篇笔记，认真读懂每一个项目。加油！";
    cw::Report report = cw::check_draft(campaign, post, Language::English);
    cw::add_self_confirmed_findings(campaign.requirements.all<cw::SelfConfirmedItem>(), {"confirm.original"}, Language::English, report);
    CHECK(cw::readiness_summary(report, Language::English) == "4 of 4 checks pass. The post is ready.");
}
