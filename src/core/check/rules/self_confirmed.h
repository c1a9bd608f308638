// The self-confirmed kind (format 2's requirements.self_confirmed): what only the person can confirm
// (a screenshot of their staking, a sign-up form), a box they tick. The checker never checks these:
// check_draft() adds no finding for them. The widget adds them with the ticks saved in the person's
// progress (add_self_confirmed_findings()); each passes when ticked, counts in readiness like any other,
// and its message says that it is the person's own word. campaign-check lists them as not checkable.
#pragma once

#include "core/check/rules/rule.h"

#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace cw {

struct SelfConfirmedItem : RequirementBasics {
    static constexpr RequirementKey key{"self_confirmed", RequirementShape::List, 2};
    static constexpr bool confirmed_by_person = true;
    LocalizedText detail;
};

void read_requirement(const CampaignJson& entry, const std::string& path, CampaignReader& reader, SelfConfirmedItem& out);
inline std::unique_ptr<PreparedRule> prepare_rule(const std::vector<SelfConfirmedItem>&, const RuleContext&) { return nullptr; } // never checked

// Adds one finding per item, passing where `confirmed` holds its id, and sets report.ready anew.
void add_self_confirmed_findings(const std::vector<SelfConfirmedItem>& items, const std::set<std::string>& confirmed,
                                 Language language, Report& report);

bool is_self_confirmed(const std::vector<SelfConfirmedItem>& items, std::string_view id);

} // namespace cw
