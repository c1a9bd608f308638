// The link kind (requirements.links): a link the post must hold, such as the campaign's trading page.
// Each link in the draft is weighed against every link requirement (link_match.h) and each
// requirement takes the link meant for it: found, found in a weaker form (http://, no scheme, an
// equivalent host), a near miss with its corrected link as the fix, or missing with the link to insert.
// Beside its own findings it reports another link of the requirement's kind beside the one that passes
// ("<id>.extra", a warning) and look-alike links no requirement took ("link.lookalike", which fails:
// posting one could send readers to phishers). requirements.equivalent_path_prefixes is read here too.
#pragma once

#include "core/check/rules/rule.h"
#include "core/text/url.h"

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace cw {

struct LinkRequirement : RequirementBasics {
    static constexpr RequirementKey key{"links", RequirementShape::List, 1};
    static constexpr std::array<std::string_view, 1> more_keys{"equivalent_path_prefixes"};
        std::string url;                          // as the campaign gives it, https; shown in fixes
    std::string host;                         // normalized_host() of url's host: "gate.io"
    std::string path;                         // url's path, "/" when it has none
    std::vector<QueryParameter> query;        // parameters that must be present with these values
    std::vector<std::string> equivalent_hosts; // normalized; links on these hosts count, with a note
    // "/zh/", "/zh-tw/": prefixes under which the host (and its equivalent hosts) serve the same page,
    // as a site's language versions do; from the campaign's requirements.equivalent_path_prefixes.
    std::vector<std::string> equivalent_path_prefixes;
    LocalizedText fix_text;                   // inserted when the link is missing; "" → url alone
    // Other addresses of the same page that count as written (a short form, another language's
    // address): https URLs from the campaign's equivalent_urls. Compared like url (host without
    // "www.", path, the query parameters they give).
    std::vector<std::string> equivalent_urls;
};

// requirements.equivalent_path_prefixes ({"gate.io": ["/zh/", "/en/"]}): each host's prefixes go to the
// link requirements on that host or with it among their equivalent hosts (which serve the same pages).
void read_more_requirements(const CampaignJson& requirements, CampaignReader& reader, std::vector<LinkRequirement>& links);
void read_requirement(const CampaignJson& entry, const std::string& path, CampaignReader& reader, LinkRequirement& out);
std::unique_ptr<PreparedRule> prepare_rule(const std::vector<LinkRequirement>& all, const RuleContext& context);

} // namespace cw
