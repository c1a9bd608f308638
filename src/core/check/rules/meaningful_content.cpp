#include "core/check/rules/meaningful_content.h"

#include "core/json/campaign_reader.h"
#include "core/check/post_content.h"
#include "core/i18n/catalogue.h"

namespace cw {

namespace {

Finding meaningful_content_finding(const MeaningfulContentRequirement& requirement, const OwnText& own, const OwnWordsCount&,
                                   Language language)
{
    const ContentProblem problem = judge_content(own);
    Finding finding = start_finding(requirement, language);
    if (problem == ContentProblem::None) {
        finding.status = Status::Pass;
        finding.message = std::string(catalogue().get("check.content.pass", language));
        return finding;
    }
    finding.status = unmet(requirement.required);
    switch (problem) {
    case ContentProblem::OnlySymbols:
        finding.message = std::string(catalogue().get("check.content.only-symbols", language));
        break;
    case ContentProblem::RepeatedCharacters:
        finding.message = std::string(catalogue().get("check.content.repeated", language));
        break;
    case ContentProblem::TooFewCharacters:
        finding.message = std::string(catalogue().get("check.content.too-few-characters", language));
        break;
    case ContentProblem::None: break;
    }
    add_suggestion_note(finding, requirement.required, language);
    return finding;
}

} // namespace

void read_requirement(const CampaignJson& entry, const std::string& here, CampaignReader& reader, MeaningfulContentRequirement& content)
{
    reader.allow_only(entry, here, {"id", "title", "required"});
    reader.requirement_fields(entry, here, content);
}

std::unique_ptr<PreparedRule> prepare_rule(const std::vector<MeaningfulContentRequirement>& all, const RuleContext&)
{
    return std::make_unique<OwnWordsRule<MeaningfulContentRequirement, meaningful_content_finding>>(all);
}

} // namespace cw
