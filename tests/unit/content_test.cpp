// What the panels show, built once as data (core/content/) for the drawn panels and the text view alike:
// finished texts in the person's language, counts that follow the progress, the checklist's rows.
#include "core/campaign/campaign_check.h"
#include "core/check/rules/self_confirmed.h"
#include "core/content/checklist_content.h"
#include "core/content/launchpool_content.h"
#include "core/content/research_content.h"

#include "test_campaigns.h"

#include <catch2/catch.hpp>

#include <algorithm>

using cw::Language;

namespace {

const cw::ChecklistItem& item_of(const std::vector<cw::ChecklistItem>& items, const std::string& id)
{
    const auto found = std::find_if(items.begin(), items.end(), [&](const cw::ChecklistItem& item) { return item.id == id; });
    REQUIRE(found != items.end());
    return *found;
}

} // namespace

TEST_CASE("the research count follows the steps done and counts only the campaign's own steps")
{
    const cw::Campaign campaign = shipped_campaign("obol.json");
    cw::Progress progress;
    CHECK(cw::research_progress_content(campaign, progress, Language::English).text == "0 of 3 steps done");
    progress.done_steps = {"what-is-obol", "a-step-a-newer-file-dropped"};
    const cw::ResearchProgressContent count = cw::research_progress_content(campaign, progress, Language::English);
    CHECK(count.done == 1);
    CHECK(count.total == 3);
    CHECK(count.text == "1 of 3 steps done");
    CHECK(cw::research_progress_content(campaign, progress, Language::Chinese).text == "已完成 1 / 3 步");
}

TEST_CASE("each research step comes with its texts in the language, its facts' sources and its own notes name")
{
    const cw::Campaign campaign = shipped_campaign("obol.json");
    cw::Progress progress;
    progress.done_steps = {"what-is-obol"};
    const std::vector<cw::ResearchStepContent> steps = cw::research_steps_content(campaign, progress, Language::English);
    REQUIRE(steps.size() == 3);
    CHECK(steps[0].id == "what-is-obol");
    CHECK(steps[0].title == "What is Obol?");
    CHECK(steps[0].notes_name == "My notes: What is Obol?");
    CHECK(steps[0].done);
    CHECK_FALSE(steps[1].done);
    REQUIRE_FALSE(steps[0].facts.empty());
    const cw::FactContent& fact = steps[0].facts.front();
    const cw::Fact& written = campaign.research[0].facts.front();
    CHECK(fact.text == written.text.en);
    CHECK(fact.source_url == written.source.url);
    CHECK(fact.source_label == "Source: " + written.source.title + " (as of " + written.source.as_of + ")");
    CHECK(cw::research_step_content(campaign.research[0], progress, Language::Chinese).notes_name == "我的笔记：Obol 是什么？");
}

TEST_CASE("the launchpool guide gives the announced figures as finished texts, each with its source and claim")
{
    const cw::Campaign campaign = shipped_campaign("obol.json");
    const std::optional<cw::LaunchpoolContent> guide = cw::launchpool_content(campaign, Language::English);
    REQUIRE(guide);
    REQUIRE(guide->total_reward);
    CHECK(guide->total_reward->text == "Total reward: 2,250,000 OBOL");
    CHECK(guide->total_reward->claim);
    CHECK(guide->total_reward->source_url == "https://www.gate.io/launchpool/OBOL?pid=291");
    REQUIRE(guide->apr);
    CHECK(guide->apr->text == "APR: up to 168%");
    CHECK(guide->steps.size() == campaign.launchpool->steps.size());
    CHECK(guide->pools.size() == campaign.launchpool->pools.size());

    CHECK_FALSE(cw::launchpool_content(shipped_campaign("gate-square-2026-first-post.json"), Language::English));
}

TEST_CASE("the checklist's rows say each finding's status in words, mark the suggested ones and offer a Fix only where one helps")
{
    const cw::Campaign campaign = shipped_campaign("obol.json");
    const cw::Report report = cw::check_draft(campaign, "", Language::English);
    const std::vector<cw::ChecklistItem> items = cw::checklist_content(campaign.requirements, {}, report, Language::English);
    REQUIRE(items.size() == report.findings.size());
    for (std::size_t i = 0; i < items.size(); ++i) CHECK(items[i].id == report.findings[i].id); // in the report's order

    const cw::ChecklistItem& link = item_of(items, "link.launchpool");
    CHECK(link.status == cw::Status::Fail);
    CHECK(link.status_name == "Fails");
    CHECK(link.spoken_title == "Fails: " + link.title);
    CHECK(link.can_fix);
    CHECK_FALSE(link.self_confirmed);
    const cw::ChecklistItem& topic = item_of(items, "topic.what-is-obol");
    CHECK(topic.title.size() > std::string(" (suggested)").size());
    CHECK(topic.title.substr(topic.title.size() - 12) == " (suggested)");
    CHECK_FALSE(topic.can_fix);

    const std::vector<cw::ChecklistItem> chinese = cw::checklist_content(campaign.requirements, {}, report, Language::Chinese);
    CHECK(item_of(chinese, "link.launchpool").status_name == "未通过");
}

TEST_CASE("a self-confirmed item is the person's box, ticked as their progress says")
{
    const cw::Campaign campaign = shipped_campaign("gate-square-2026-first-post.json");
    REQUIRE_FALSE(campaign.requirements.all<cw::SelfConfirmedItem>().empty());
    const std::string id = campaign.requirements.all<cw::SelfConfirmedItem>().front().id;
    cw::Progress progress;
    progress.confirmed = {id};
    cw::Report report = cw::check_draft(campaign, "#我的2026第一帖 新年快乐", Language::English);
    cw::add_self_confirmed_findings(campaign.requirements.all<cw::SelfConfirmedItem>(), progress.confirmed, Language::English, report);
    const std::vector<cw::ChecklistItem> items = cw::checklist_content(campaign.requirements, progress, report, Language::English);
    const cw::ChecklistItem& confirmed = item_of(items, id);
    CHECK(confirmed.self_confirmed);
    CHECK(confirmed.ticked);
    CHECK(confirmed.confirm_name == "I confirm: " + report.findings[static_cast<std::size_t>(&confirmed - items.data())].title);
    CHECK_FALSE(item_of(cw::checklist_content(campaign.requirements, {}, report, Language::English), id).ticked);
}
