// The mention kind (requirements.mentions): a word the post must contain, like the ticker "$OBOL".
// Matched after full-width and Traditional folding and without case, outside links; "＄OBOL" and
// "关注$OBOL。" count. When `text` starts with $, # or @, the bare word without it ("OBOL") or with a
// space after the sign is a near miss, fixed in place; a missing mention's fix adds it at the end.
#pragma once

#include "core/check/rules/rule.h"

#include <string>
#include <vector>

namespace cw {

struct MentionRequirement {
    std::string id;
    LocalizedText title;
    bool required = true;
    std::string text;
    LocalizedText fix_text; // inserted when the mention is missing; "" → text alone
};

struct MentionKind {
    using Requirement = MentionRequirement;
    static constexpr RequirementKey key{"mentions", RequirementShape::List, 1};
    static Requirement read(const CampaignJson& entry, const std::string& path, CampaignReader& reader);
    static std::unique_ptr<PreparedRule> prepare(const std::vector<Requirement>& all, const Campaign& campaign);
};

} // namespace cw
