// The meaningful content kind (format 2's requirements.meaningful_content): a ban the checker can see,
// a post whose own words (own_text.h) are only emoji, symbols or repeated characters (post_content.h).
#pragma once

#include "core/check/rules/rule.h"

#include <string>
#include <vector>

namespace cw {

struct MeaningfulContentRequirement {
    std::string id;
    LocalizedText title;
    bool required = true;
};

struct MeaningfulContentKind {
    using Requirement = MeaningfulContentRequirement;
    static constexpr RequirementKey key{"meaningful_content", RequirementShape::One, 2};
    static Requirement read(const CampaignJson& entry, const std::string& path, CampaignReader& reader);
    static std::unique_ptr<PreparedRule> prepare(const std::vector<Requirement>& all, const Campaign& campaign);
};

} // namespace cw
