#include "core/campaign/campaign_check.h"

#include <utility>
#include <vector>

namespace cw {

DraftChecker draft_checker(const Campaign& campaign)
{
    // The outline (outline.h) heads each step's notes with its title: those words are not the person's.
    std::vector<LocalizedText> outline_headings;
    outline_headings.reserve(campaign.research.size());
    for (const ResearchStep& step : campaign.research) outline_headings.push_back(step.title);
    return DraftChecker(campaign.requirements, std::move(outline_headings));
}

Report check_draft(const Campaign& campaign, std::string_view draft_utf8, Language language)
{
    return draft_checker(campaign).check(draft_utf8, language);
}

} // namespace cw
