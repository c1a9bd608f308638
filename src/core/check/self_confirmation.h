// Format 2's self-confirmed items in a Report: what only the person can confirm (a screenshot of their
// staking, a sign-up form). Each becomes a finding the person answers by ticking a box: it passes when
// ticked, counts in readiness like any other, and its message says that it is the person's own word.
// check_draft() never adds these (the checker cannot know); the widget adds them with the ticks saved
// in the person's progress, and campaign-check lists them as not checkable.
#pragma once

#include "core/check/check.h"

#include <set>
#include <string>
#include <string_view>

namespace cw {

void add_self_confirmed_findings(const Requirements& requirements, const std::set<std::string>& confirmed, Language language,
                                 Report& report);

bool is_self_confirmed(const Requirements& requirements, std::string_view id);

} // namespace cw
