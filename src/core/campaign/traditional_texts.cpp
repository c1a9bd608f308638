#include "core/campaign/traditional_texts.h"

namespace cw {

bool gives_simplified_chinese_only(const Campaign& campaign)
{
    bool simplified = false;
    bool traditional = false;
    auto read = [&](const LocalizedText& text) {
        simplified = simplified || !text.zh.empty();
        traditional = traditional || !text.zh_hant.empty();
    };
    read(campaign.title);
    read(campaign.summary);
    read(campaign.prize);
    for (const ResearchStep& step : campaign.research) {
        read(step.title);
        read(step.body);
        for (const Fact& fact : step.facts) read(fact.text);
        for (const LocalizedText& prompt : step.prompts) read(prompt);
    }
    if (campaign.launchpool) {
        const Launchpool& launchpool = *campaign.launchpool;
        read(launchpool.title);
        read(launchpool.summary);
        for (const LocalizedText& step : launchpool.steps) read(step);
        for (const LaunchpoolPool& pool : launchpool.pools) read(pool.note);
        for (const Fact& fact : launchpool.facts) read(fact.text);
    }
    campaign.requirements.each_kind([&](const auto& requirements) {
        for (const auto& requirement : requirements) read(requirement.title);
    });
    return simplified && !traditional;
}

} // namespace cw
