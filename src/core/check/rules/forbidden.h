// The forbidden kind (format 2's requirements.forbidden): a ban the checker can see, such as Gate
// Square's "严禁广告引流" (no advertising or traffic diversion). One finding per rule, with every
// offending span in it: each link to a host outside the rule's allowed_hosts (their subdomains and the
// hosts of the campaign's own link requirements allowed), and each listed word, matched as a substring
// after the same folding as topics (width, case, Traditional → Simplified), every language's list on
// every post. Its fix removes the first span, so applying fixes one by one clears them all; it is
// offered only where the removal mends (leaves no new offence joined from what was left).
//
// Words are not looked for inside links (a link is judged by its host) nor inside the campaign's own
// hashtags. The words found are not the person's own words either (own_text.h): removing one changes
// no length or content count.
#pragma once

#include "core/check/rules/rule.h"

#include <string>
#include <vector>

namespace cw {

struct ForbiddenRequirement : RequirementBasics {
    static constexpr RequirementKey key{"forbidden", RequirementShape::List, 2};
        std::vector<std::string> allowed_hosts; // normalized_host()
    std::vector<std::string> words;         // every language's words, as written in the campaign
};

void read_requirement(const CampaignJson& entry, const std::string& path, CampaignReader& reader, ForbiddenRequirement& out);
std::unique_ptr<PreparedRule> prepare_rule(const std::vector<ForbiddenRequirement>& all, const RuleContext& context);

} // namespace cw
