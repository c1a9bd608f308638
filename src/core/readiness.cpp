#include "core/readiness.h"

#include <algorithm>
#include <string_view>

namespace cw {

namespace {
// Findings about the draft rather than a requirement: a campaign's ids may not take these names
// (docs/campaign.schema.json, checkId).
bool is_draft_finding(std::string_view id)
{
    return id.rfind("draft.", 0) == 0 || id == "link.lookalike";
}

bool passes(const Report& report, const std::string& id)
{
    const auto found = std::find_if(report.findings.begin(), report.findings.end(),
                                    [&](const Finding& finding) { return finding.id == id; });
    // Not in the report: the draft was not checked (too long), so nothing of it passes yet.
    return found != report.findings.end() && found->status != Status::Fail;
}
} // namespace

Readiness count_readiness(const Campaign& campaign, const Report& report)
{
    Readiness readiness;
    auto count = [&](const std::string& id, bool required) {
        if (!required) return;
        ++readiness.total;
        if (passes(report, id)) ++readiness.passing;
    };
    const Requirements& requirements = campaign.requirements;
    for (const LinkRequirement& link : requirements.links) count(link.id, link.required);
    for (const MentionRequirement& mention : requirements.mentions) count(mention.id, mention.required);
    for (const TopicRequirement& topic : requirements.topics) count(topic.id, topic.required);
    if (requirements.length) count(requirements.length->id, requirements.length->required);

    ++readiness.total; // the draft itself
    const bool draft_fails = std::any_of(report.findings.begin(), report.findings.end(), [](const Finding& finding) {
        return is_draft_finding(finding.id) && finding.status == Status::Fail;
    });
    if (!draft_fails) ++readiness.passing;
    return readiness;
}

Readiness count_readiness(const Report&)
{
    return {};
}

std::string readiness_summary(const Report&, const Translations&, Language)
{
    return {};
}

} // namespace cw
