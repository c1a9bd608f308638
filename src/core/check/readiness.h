// The header's count: how many of the checks a post must pass do pass, counted from the report (never
// from a list of requirement kinds kept here): each required finding of a requirement, the
// self-confirmed items with the person's ticks when the widget has added them, and one item for the
// draft itself (it has text, holds no outline placeholder, is not too long to check, has no look-alike
// link). The draft's findings come and go (draft.empty disappears at the first key); counting them as
// one item keeps "0 / 5" from jumping to "0 / 4" when typing starts. A draft too long to check has
// only its draft finding, so it counts "0 / 1" until it is shortened.
#pragma once

#include "core/check/finding.h"
#include "core/i18n/language.h"

#include <string>

namespace cw {

struct Readiness {
    int passing = 0;
    int total = 0;
};

Readiness count_readiness(const Report& report);

// The live region's sentence: "3 of 5 checks pass: title: message; …." naming each failing required
// item, or "5 of 5 checks pass. The post is ready."
std::string readiness_summary(const Report& report, Language language);

} // namespace cw
