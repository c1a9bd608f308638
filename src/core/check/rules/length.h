// The length kind of format 1 (requirements.length): a minimum length of the person's own words
// (own_text.h: links, hashtags, emoji and punctuation are not counted), weighted (CJK and full-width
// count 2, as X/Twitter counts) or in code points.
#pragma once

#include "core/check/rules/rule.h"

#include <cstddef>
#include <string>
#include <vector>

namespace cw {

enum class LengthMeasure { Weighted, CodePoints };

struct LengthRequirement : RequirementBasics {
    static constexpr RequirementKey key{"length", RequirementShape::One, 1};
        std::size_t minimum = 0;
    LengthMeasure measure = LengthMeasure::Weighted;
};

void read_requirement(const CampaignJson& entry, const std::string& path, CampaignReader& reader, LengthRequirement& out);
std::unique_ptr<PreparedRule> prepare_rule(const std::vector<LengthRequirement>& all, const RuleContext& context);

} // namespace cw
