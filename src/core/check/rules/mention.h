// The mention kind (requirements.mentions): a word the post must contain, like the ticker "$OBOL".
// Matched after full-width and Traditional folding and without case, outside links; "＄OBOL" and
// "关注$OBOL。" count. When `text` starts with $, # or @, the bare word without it ("OBOL") or with a
// space after the sign is a near miss, fixed in place; a missing mention's fix adds it at the end.
#pragma once

#include "core/check/rules/rule.h"

#include <string>
#include <vector>

namespace cw {

struct MentionRequirement : RequirementBasics {
    static constexpr RequirementKey key{"mentions", RequirementShape::List, 1};
        std::string text;
    LocalizedText fix_text; // inserted when the mention is missing; "" → text alone
};

void read_requirement(const CampaignJson& entry, const std::string& path, CampaignReader& reader, MentionRequirement& out);
std::unique_ptr<PreparedRule> prepare_rule(const std::vector<MentionRequirement>& all, const RuleContext& context);

} // namespace cw
