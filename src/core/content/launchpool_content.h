// What the launchpool panel's guide shows, as data both views render: the title, summary, steps, the
// pools, the announced figures (total reward, APR) with their sources, and the facts. The estimator is
// the drawn panel's own (ui/launchpool_panel.h).
#pragma once

#include "core/campaign/campaign.h"
#include "core/content/fact_content.h"
#include "core/i18n/language.h"

#include <optional>
#include <string>
#include <vector>

namespace cw {

struct PoolContent {
    std::string coin;
    std::string note;
};

struct LaunchpoolContent {
    std::string title;
    std::string summary;
    std::string url;
    std::vector<std::string> steps;
    std::vector<PoolContent> pools;
    std::optional<FactContent> total_reward; // "Total reward: 2,250,000 OBOL", when announced
    std::optional<FactContent> apr;          // "APR: up to 168%", when announced
    std::vector<FactContent> facts;
};

// nullopt when the campaign has no launchpool.
std::optional<LaunchpoolContent> launchpool_content(const Campaign& campaign, Language language);

} // namespace cw
