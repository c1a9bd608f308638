#include "core/check/rules/length.h"

#include "core/json/campaign_reader.h"
#include "core/i18n/catalogue.h"

namespace cw {

namespace {

using json = CampaignJson;

// The person's own words only (own_text.h): links, hashtags, emoji and punctuation are not counted.
Finding length_finding(const LengthRequirement& requirement, const OwnText&, const OwnWordsCount& counted, Language language)
{
    Finding finding = start_finding(requirement, language);
    const bool weighted = requirement.measure == LengthMeasure::Weighted;
    const std::size_t length = weighted ? counted.weighted : counted.code_points;
    const std::string measured = std::to_string(length);
    const std::string minimum = std::to_string(requirement.minimum);
    const std::string_view unit = weighted ? catalogue().get("check.length.unit-weighted", language)
                                           : catalogue().get("check.length.unit-code-points", language);
    if (length >= requirement.minimum) {
        finding.status = Status::Pass;
        finding.message = fill(catalogue().get("check.length.pass", language), {unit, measured, minimum});
    } else {
        finding.status = unmet(requirement.required);
        finding.message = fill(catalogue().get("check.length.short", language), {unit, measured, minimum});
        add_suggestion_note(finding, requirement.required, language);
    }
    return finding;
}

} // namespace

void read_requirement(const CampaignJson& entry, const std::string& here, CampaignReader& reader, LengthRequirement& length)
{
    reader.allow_only(entry, here, {"id", "title", "minimum", "measure", "required"});
    reader.requirement_fields(entry, here, length);
    if (const json* minimum = reader.field(entry, here, "minimum", true, json::value_t::number_integer, "a whole number")) {
        if (minimum->get<long long>() < 1 || minimum->get<long long>() > 1000000) {
            reader.problem(join_path(here, "minimum"), "expected a whole number from 1 to 1000000, got " + minimum->dump());
        } else {
            length.minimum = static_cast<std::size_t>(minimum->get<long long>());
        }
    }
    if (const json* measure = reader.field(entry, here, "measure", false, json::value_t::string, "\"weighted\" or \"code_points\"")) {
        const std::string& name = measure->get_ref<const std::string&>();
        if (name == "code_points") length.measure = LengthMeasure::CodePoints;
        else if (name != "weighted") reader.problem(join_path(here, "measure"), "expected \"weighted\" or \"code_points\", got " + json_type_name(*measure));
    }
}

std::unique_ptr<PreparedRule> prepare_rule(const std::vector<LengthRequirement>& all, const RuleContext&)
{
    return std::make_unique<OwnWordsRule<LengthRequirement, length_finding>>(all);
}

} // namespace cw
