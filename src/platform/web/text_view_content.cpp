#include "platform/web/text_view_content.h"

#include "core/campaign/campaign.h"
#include "core/campaign/outline.h"

#include <nlohmann/json.hpp>

namespace cw::web {

namespace {
using json = nlohmann::ordered_json; // the one JSON type of the module

// The UI's texts the view shows, by their keys in assets/i18n/*.json.
constexpr const char* kTextKeys[] = {
    "tab.research", "tab.draft", "tab.launchpool", "header.language", "text-view.drawn-view",
    "a11y.status-pass", "a11y.status-warn", "a11y.status-fail", "claim.label", "claim.tooltip",
    "research.none", "research.progress", "research.facts", "research.no-facts", "research.prompts",
    "research.notes-name", "research.notes-tooltip", "research.done", "fallback.draft-label", "draft.counts",
    "draft.fix", "draft.optional", "draft.copy-post", "draft.copied", "draft.start-from-notes",
    "draft.start-from-notes-tooltip", "launchpool.none", "launchpool.steps", "launchpool.open-page",
    "launchpool.pools-and-rewards", "launchpool.pools", "launchpool.facts",
};

struct Texts {
    const Translations& translations;
    Language language;

    const char* tr(const char* key) const { return translations.get(key, language); }
    const std::string& text(const LocalizedText& localized) const { return localized.text(language); }

    json source(const Source& source) const
    {
        return {{"label", fill(tr("source.label"), {source.title, source.as_of})}, {"url", source.url}};
    }
    json fact(const std::string& text, bool claim, const Source& from) const
    {
        return {{"text", text}, {"claim", claim}, {"source", source(from)}};
    }
    json facts(const std::vector<Fact>& facts) const
    {
        json list = json::array();
        for (const Fact& each : facts) list.push_back(fact(text(each.text), each.announcement_claim, each.source));
        return list;
    }
    json list(const std::vector<LocalizedText>& texts) const
    {
        json out = json::array();
        for (const LocalizedText& each : texts) out.push_back(text(each));
        return out;
    }
};

json research_json(const Texts& texts, const Campaign& campaign, const Progress& progress)
{
    json steps = json::array();
    for (const ResearchStep& step : campaign.research) {
        const auto note = progress.notes.find(step.id);
        steps.push_back({
            {"id", step.id},
            {"title", texts.text(step.title)},
            {"body", texts.text(step.body)},
            {"facts", texts.facts(step.facts)},
            {"prompts", texts.list(step.prompts)},
            {"notes", note == progress.notes.end() ? std::string() : note->second},
            {"done", progress.done_steps.count(step.id) != 0},
        });
    }
    return steps;
}

json launchpool_json(const Texts& texts, const Campaign& campaign)
{
    if (!campaign.launchpool) return nullptr;
    const Launchpool& launchpool = *campaign.launchpool;
    json pools = json::array();
    for (const LaunchpoolPool& pool : launchpool.pools) pools.push_back({{"coin", pool.coin}, {"note", texts.text(pool.note)}});
    // The announced figures, as the drawn panel shows them: each with its claim mark and its source.
    json announced = json::array();
    if (launchpool.total_reward.amount > 0) {
        const LaunchpoolReward& reward = launchpool.total_reward;
        announced.push_back(texts.fact(fill(texts.tr("launchpool.total-reward"), {format_amount(reward.amount), reward.token}),
                                       reward.announcement_claim, reward.source));
    }
    if (launchpool.apr.up_to_percent > 0) {
        const LaunchpoolApr& apr = launchpool.apr;
        announced.push_back(texts.fact(fill(texts.tr("launchpool.apr"), {format_amount(apr.up_to_percent)}),
                                       apr.announcement_claim, apr.source));
    }
    return {
        {"title", texts.text(launchpool.title)},
        {"summary", texts.text(launchpool.summary)},
        {"url", launchpool.url},
        {"steps", texts.list(launchpool.steps)},
        {"pools", std::move(pools)},
        {"announced", std::move(announced)},
        {"facts", texts.facts(launchpool.facts)},
    };
}
} // namespace

std::string text_view_content_json(const Widget& widget, const Translations& translations, std::string_view why,
                                   bool can_draw)
{
    const Language language = widget.language();
    const Texts texts{translations, language};
    json out = {
        {"lang", language_tag(language)},
        {"dark", widget.theme().dark},
        {"canDraw", can_draw},
        {"why", why},
    };
    json ui_texts = json::object();
    for (const char* key : kTextKeys) ui_texts[key] = texts.tr(key);
    out["texts"] = std::move(ui_texts);
    // Each language by its own name, as the drawn header's switch shows them.
    out["languages"] = json::array({json{{"tag", "zh"}, {"label", "中文"}}, json{{"tag", "zh-Hant"}, {"label", "繁體"}},
                                    json{{"tag", "en"}, {"label", "English"}}});

    const Campaign* campaign = widget.campaign();
    out["title"] = campaign ? texts.text(campaign->title) : std::string(texts.tr("widget.fallback-title"));
    out["summary"] = campaign ? texts.text(campaign->summary) : std::string();
    json self_confirmed = json::array();
    if (campaign) {
        for (const SelfConfirmedItem& item : campaign->requirements.all<SelfConfirmedItem>()) self_confirmed.push_back(item.id);
    }
    out["selfConfirmed"] = std::move(self_confirmed);
    out["research"] = campaign ? research_json(texts, *campaign, widget.progress()) : json::array();
    out["launchpool"] = campaign ? launchpool_json(texts, *campaign) : json(nullptr);
    // error_handler_t::replace: notes and campaign texts come from people; never throw (no exceptions here).
    return out.dump(-1, ' ', false, json::error_handler_t::replace);
}

} // namespace cw::web
