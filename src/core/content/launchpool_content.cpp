#include "core/content/launchpool_content.h"

#include "core/campaign/outline.h"
#include "core/i18n/catalogue.h"

namespace cw {

std::optional<LaunchpoolContent> launchpool_content(const Campaign& campaign, Language language)
{
    if (!campaign.launchpool) return std::nullopt;
    const Launchpool& launchpool = *campaign.launchpool;
    LaunchpoolContent out;
    out.title = launchpool.title.text(language);
    out.summary = launchpool.summary.text(language);
    out.url = launchpool.url;
    for (const LocalizedText& step : launchpool.steps) out.steps.push_back(step.text(language));
    for (const LaunchpoolPool& pool : launchpool.pools) out.pools.push_back({pool.coin, pool.note.text(language)});
    if (const LaunchpoolReward& reward = launchpool.total_reward; reward.amount > 0) {
        out.total_reward = fact_content(catalogue_text("launchpool.total-reward", language, {format_amount(reward.amount), reward.token}),
                                        reward.announcement_claim, reward.source, language);
    }
    if (const LaunchpoolApr& apr = launchpool.apr; apr.up_to_percent > 0) {
        out.apr = fact_content(catalogue_text("launchpool.apr", language, {format_amount(apr.up_to_percent)}),
                               apr.announcement_claim, apr.source, language);
    }
    out.facts = facts_content(launchpool.facts, language);
    return out;
}

} // namespace cw
