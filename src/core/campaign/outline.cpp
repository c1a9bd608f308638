#include "core/campaign/outline.h"

#include "core/check/outline_placeholder.h"
#include "core/i18n/translations.h"

#include <cmath>
#include <cstdio>

namespace cw {

namespace {

// printf rather than fmt: this is the web build's only formatting, and fmt brings std::locale with all
// its facets into the WebAssembly module (~130 KB of code to compile at start-up).
std::string fixed_digits(double value, int decimals)
{
    char digits[64];
    const int length = std::snprintf(digits, sizeof digits, "%.*f", decimals, value);
    return length > 0 && length < static_cast<int>(sizeof digits) ? std::string(digits, static_cast<std::size_t>(length)) : "?";
}

} // namespace

std::string format_amount(double amount)
{
    if (!std::isfinite(amount)) return "?";
    const double rounded = std::round(amount);
    if (std::fabs(amount - rounded) > 1e-9) return fixed_digits(amount, 2);
    std::string digits = fixed_digits(std::fabs(rounded), 0);
    for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3) digits.insert(static_cast<std::size_t>(i), ",");
    return (rounded < 0 ? "-" : "") + digits;
}

std::string build_outline(const Campaign& campaign, const Progress& progress, Language language,
                          const OutlineTexts& texts)
{
    std::string outline;
    // The mention first, so the post names the project from its first line.
    for (const MentionRequirement& mention : campaign.requirements.all<MentionRequirement>()) {
        const std::string& fix = mention.fix_text.text(language);
        outline += (fix.empty() ? mention.text : fix) + "\n\n";
    }
    for (const ResearchStep& step : campaign.research) {
        outline += "【" + step.title.text(language) + "】\n";
        const auto notes = progress.notes.find(step.id);
        const bool has_notes = notes != progress.notes.end() && !notes->second.empty();
        outline += (has_notes ? notes->second : std::string(outline_placeholder(language))) + "\n\n";
    }
    if (campaign.launchpool) {
        const Launchpool& pool = *campaign.launchpool;
        std::string coins;
        for (const LaunchpoolPool& entry : pool.pools) {
            if (!coins.empty()) coins += texts.pool_separator;
            coins += entry.coin;
        }
        outline += fill(texts.launchpool, {pool.title.text(language), coins, format_amount(pool.total_reward.amount),
                                           pool.total_reward.token, format_amount(pool.apr.up_to_percent), pool.url}) +
                   "\n";
    }
    for (const LinkRequirement& link : campaign.requirements.all<LinkRequirement>()) {
        // The launchpool line already carries the launchpool's own link.
        if (campaign.launchpool && link.url == campaign.launchpool->url) continue;
        const std::string& fix = link.fix_text.text(language);
        outline += (fix.empty() ? link.url : fix) + "\n";
    }
    return outline;
}

} // namespace cw
