// Checking drafts against a campaign: the checker (check/check.h) made from the campaign's requirements
// and its outline's headings. The checker sits below the campaign, which holds its requirements.
#pragma once

#include "core/campaign/campaign.h"
#include "core/check/check.h"

#include <string_view>

namespace cw {

// Keeps references into the campaign, which must outlive it.
DraftChecker draft_checker(const Campaign& campaign);

// draft_checker(campaign).check(draft, language), for one draft.
Report check_draft(const Campaign& campaign, std::string_view draft_utf8, Language language);

} // namespace cw
