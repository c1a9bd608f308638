// The hashtag kind (format 2's requirements.hashtags): a topic hashtag in Gate's forms, "#话题#" (a
// hash at both ends, spaces allowed inside: "#XYZ Creative Contest#") or "#tag". Any one of the
// accepted spellings counts, e.g. the Chinese and the English form of one tag. See hashtags.h for how
// it matches and its near misses; a near miss is fixed in place, a missing tag added at the end. The
// tags found and their near misses are not the person's own words (own_text.h).
#pragma once

#include "core/check/rules/rule.h"

#include <string>
#include <vector>

namespace cw {

struct HashtagRequirement : RequirementBasics {
    static constexpr RequirementKey key{"hashtags", RequirementShape::List, 2};
        std::vector<std::string> spellings; // as the announcement writes them, each with its '#'s
};

void read_requirement(const CampaignJson& entry, const std::string& path, CampaignReader& reader, HashtagRequirement& out);
std::unique_ptr<PreparedRule> prepare_rule(const std::vector<HashtagRequirement>& all, const RuleContext& context);

} // namespace cw
