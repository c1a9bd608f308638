#include "platform/web/text_view_content.h"

#include "core/campaign/campaign.h"
#include "core/content/checklist_content.h"
#include "core/content/launchpool_content.h"
#include "core/content/research_content.h"
#include "core/i18n/catalogue.h"

#include <nlohmann/json.hpp>

namespace cw::web {

namespace {
using json = nlohmann::ordered_json; // the one JSON type of the module

// The UI's texts the view shows, by their keys in assets/i18n/*.json: labels, headings and buttons. What
// holds values (counts, names, titles) comes finished from the content model (core/content/).
constexpr const char* kTextKeys[] = {
    "tab.research", "tab.draft", "tab.launchpool", "header.language", "text-view.drawn-view",
    "claim.label", "claim.tooltip", "research.none", "research.facts", "research.no-facts", "research.prompts",
    "research.notes-tooltip", "research.done", "fallback.draft-label", "draft.fix", "draft.copy-post", "draft.copied",
    "draft.start-from-notes", "draft.start-from-notes-tooltip", "launchpool.none", "launchpool.steps",
    "launchpool.open-page", "launchpool.pools-and-rewards", "launchpool.pools", "launchpool.facts",
};

json fact_json(const FactContent& fact)
{
    return {{"text", fact.text}, {"claim", fact.claim}, {"source", {{"label", fact.source_label}, {"url", fact.source_url}}}};
}

json facts_json(const std::vector<FactContent>& facts)
{
    json list = json::array();
    for (const FactContent& fact : facts) list.push_back(fact_json(fact));
    return list;
}

json research_json(const Campaign& campaign, const Progress& progress, Language language)
{
    json steps = json::array();
    for (const ResearchStepContent& step : research_steps_content(campaign, progress, language)) {
        const auto note = progress.notes.find(step.id);
        steps.push_back({
            {"id", step.id},
            {"title", step.title},
            {"body", step.body},
            {"facts", facts_json(step.facts)},
            {"prompts", step.prompts},
            {"notesName", step.notes_name},
            {"notes", note == progress.notes.end() ? std::string() : note->second},
            {"done", step.done},
        });
    }
    return steps;
}

json launchpool_json(const Campaign& campaign, Language language)
{
    const std::optional<LaunchpoolContent> launchpool = launchpool_content(campaign, language);
    if (!launchpool) return nullptr;
    json pools = json::array();
    for (const PoolContent& pool : launchpool->pools) pools.push_back({{"coin", pool.coin}, {"note", pool.note}});
    // The announced figures, as the drawn panel shows them: each with its claim mark and its source.
    json announced = json::array();
    if (launchpool->total_reward) announced.push_back(fact_json(*launchpool->total_reward));
    if (launchpool->apr) announced.push_back(fact_json(*launchpool->apr));
    return {
        {"title", launchpool->title},
        {"summary", launchpool->summary},
        {"url", launchpool->url},
        {"steps", launchpool->steps},
        {"pools", std::move(pools)},
        {"announced", std::move(announced)},
        {"facts", facts_json(launchpool->facts)},
    };
}
} // namespace

std::string text_view_content_json(const Widget& widget, std::string_view why, bool can_draw)
{
    const Language language = widget.language();
    json out = {
        {"lang", language_tag(language)},
        {"dark", widget.theme().dark},
        {"canDraw", can_draw},
        {"why", why},
    };
    json ui_texts = json::object();
    for (const char* key : kTextKeys) ui_texts[key] = catalogue().get(key, language);
    out["texts"] = std::move(ui_texts);
    // Each language by its own name, as the drawn header's switch shows them.
    out["languages"] = json::array({json{{"tag", "zh"}, {"label", "中文"}}, json{{"tag", "zh-Hant"}, {"label", "繁體"}},
                                    json{{"tag", "en"}, {"label", "English"}}});

    const Campaign* campaign = widget.campaign();
    out["title"] = campaign ? campaign->title.text(language) : std::string(catalogue().get("widget.fallback-title", language));
    out["summary"] = campaign ? campaign->summary.text(language) : std::string();
    out["research"] = campaign ? research_json(*campaign, widget.progress(), language) : json::array();
    out["launchpool"] = campaign ? launchpool_json(*campaign, language) : json(nullptr);
    // error_handler_t::replace: notes and campaign texts come from people; never throw (no exceptions here).
    return out.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string checklist_json(Widget& widget)
{
    json items = json::array();
    if (const Campaign* campaign = widget.campaign()) {
        for (const ChecklistItem& item : checklist_content(campaign->requirements, widget.progress(), widget.report(), widget.language())) {
            items.push_back({
                {"id", item.id},
                {"status", status_name(item.status)},
                {"statusName", item.status_name},
                {"title", item.title},
                {"message", item.message},
                {"fix", item.can_fix},
                {"selfConfirmed", item.self_confirmed},
                {"ticked", item.ticked},
            });
        }
    }
    return items.dump(-1, ' ', false, json::error_handler_t::replace);
}

} // namespace cw::web
