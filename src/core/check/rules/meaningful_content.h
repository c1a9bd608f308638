// The meaningful content kind (format 2's requirements.meaningful_content): a ban the checker can see,
// a post whose own words (own_text.h) are only emoji, symbols or repeated characters (post_content.h).
#pragma once

#include "core/check/rules/rule.h"

#include <string>
#include <vector>

namespace cw {

struct MeaningfulContentRequirement : RequirementBasics {
    static constexpr RequirementKey key{"meaningful_content", RequirementShape::One, 2};
};

void read_requirement(const CampaignJson& entry, const std::string& path, CampaignReader& reader, MeaningfulContentRequirement& out);
std::unique_ptr<PreparedRule> prepare_rule(const std::vector<MeaningfulContentRequirement>& all, const RuleContext& context);

} // namespace cw
