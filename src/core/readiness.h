// The header's count: how many of the checks a post must pass do pass.
//
// Counted over the same checks from the empty draft to the last key: each required requirement of the
// campaign, and one for the draft itself (it has text, holds no outline placeholder, is not too long
// to check, has no look-alike link). The report's draft findings come and go (draft.empty disappears
// at the first key), so counting findings made "0 / 5" jump to "0 / 4" when typing started.
#pragma once

#include "core/campaign.h"
#include "core/check.h"
#include "core/translations.h"

#include <string>

namespace cw {

struct Readiness {
    int passing = 0;
    int total = 0;
};

Readiness count_readiness(const Campaign& campaign, const Report& report);

// Counted from the report alone: every required finding of a requirement, whatever its kind (the
// self-confirmed items with the person's ticks once added), and the draft itself as one item.
Readiness count_readiness(const Report& report);

// The live region's sentence: "3 of 5 checks pass: title: message; …." naming each failing required
// item, or "5 of 5 checks pass. The post is ready."
std::string readiness_summary(const Report& report, const Translations& translations, Language language);

} // namespace cw
