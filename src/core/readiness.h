// The header's count: how many of the checks a post must pass do pass.
//
// Counted over the same checks from the empty draft to the last key: each required requirement of the
// campaign, and one for the draft itself (it has text, holds no outline placeholder, is not too long
// to check, has no look-alike link). The report's draft findings come and go (draft.empty disappears
// at the first key), so counting findings made "0 / 5" jump to "0 / 4" when typing started.
#pragma once

#include "core/campaign.h"
#include "core/check.h"

namespace cw {

struct Readiness {
    int passing = 0;
    int total = 0;
};

Readiness count_readiness(const Campaign& campaign, const Report& report);

} // namespace cw
