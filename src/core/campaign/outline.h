// "Start from my notes": an outline of a post built from the person's research notes, the required
// links and mentions and the launchpool line, for them to rewrite in their own words.
#pragma once

#include "core/campaign/campaign.h"
#include "core/campaign/progress.h"

#include <string>

namespace cw {

// The outline's fixed words in the chosen language (from the UI's translations); each may hold {}.
// Under a step without notes it writes outline_placeholder(language), which the checker knows.
struct OutlineTexts {
    // Six {} in this order: title, pools, amount, token, APR percent, URL.
    std::string launchpool;     // "{0}: stake {1} to share {2} {3}; APR up to {4}% (announced): {5}"
    std::string pool_separator; // "、" or ", "
};

std::string build_outline(const Campaign& campaign, const Progress& progress, Language language,
                          const OutlineTexts& texts);

// 2250000 → "2,250,000"; 168 → "168"; 12.5 → "12.5".
std::string format_amount(double amount);

} // namespace cw
