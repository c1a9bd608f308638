// The topic kind (requirements.topics): something the post must talk about, as groups of keywords.
// A topic is covered in a language when every group of that language has a keyword in the post; the
// topic is covered when it is covered in any of its languages. Keywords are folded (full-width → ASCII,
// Traditional → Simplified) and compared without case; an ASCII letter or digit at a keyword's edge
// must meet a word boundary there ("DV" does not match "DVD"), CJK matches anywhere. A keyword ending
// in '*' matches any word that starts with it ("validator*"). Keywords inside links, and the outline's
// own headings and placeholders left in a draft, do not count. The spans are evidence, not faults.
#pragma once

#include "core/check/rules/rule.h"

#include <string>
#include <vector>

namespace cw {

// One group of a topic: any one of its keywords counts for the group.
struct KeywordGroup {
    std::string label; // how a message names the group when it is missing; "" → its keywords
    std::vector<std::string> keywords;
    std::string label_zh_hant; // the label in Traditional Chinese (a Chinese group's; optional, as zh-Hant texts are)
};

struct TopicRequirement : RequirementBasics {
    static constexpr RequirementKey key{"topics", RequirementShape::List, 1};
        LocalizedText hint; // what to write about, shown while the topic is not covered
    std::vector<KeywordGroup> groups_zh;
    std::vector<KeywordGroup> groups_en;
};

void read_requirement(const CampaignJson& entry, const std::string& path, CampaignReader& reader, TopicRequirement& out);
std::unique_ptr<PreparedRule> prepare_rule(const std::vector<TopicRequirement>& all, const RuleContext& context);

} // namespace cw
