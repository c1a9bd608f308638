// The post length kind (format 2's requirements.post_length): a minimum length counted per language,
// 字 (a CJK character or a run of Latin letters or digits each) for a post in Chinese, words for a
// post in English, of the person's own words only (own_text.h). Inclusive ("不少于 30 字") or strict
// ("大于 30 字"). post_length_in_characters() says which unit a post is counted in.
#pragma once

#include "core/check/rules/rule.h"

#include <cstddef>
#include <string>
#include <vector>

namespace cw {

struct PostLengthRequirement : RequirementBasics {
    static constexpr RequirementKey key{"post_length", RequirementShape::One, 2};
        std::size_t minimum_characters = 0; // for a Chinese post; 0: no minimum
    std::size_t minimum_words = 0;      // for an English post; 0: no minimum
    bool strict = false;                // "more than": the minimum itself is not enough
};

// The post's language decides the unit, when the campaign gives a minimum in it.
inline bool post_length_in_characters(const PostLengthRequirement& requirement, bool post_in_chinese)
{
    return requirement.minimum_words == 0 || (post_in_chinese && requirement.minimum_characters > 0);
}

void read_requirement(const CampaignJson& entry, const std::string& path, CampaignReader& reader, PostLengthRequirement& out);
std::unique_ptr<PreparedRule> prepare_rule(const std::vector<PostLengthRequirement>& all, const RuleContext& context);

} // namespace cw
