#include "core/check/rules/length.h"

#include "core/campaign/campaign_reader.h"
#include "core/check/message_language.h"
#include "core/text/text_length.h"

namespace cw {

namespace {

using json = CampaignJson;
using messages::fill_numbered;
using messages::pick;

// The person's own words only (own_text.h): links, hashtags, emoji and punctuation are not counted.
Finding length_finding(const LengthRequirement& requirement, const std::u32string& own, Language language)
{
    Finding finding = start_finding(requirement, language);
    const bool weighted = requirement.measure == LengthMeasure::Weighted;
    std::size_t length = 0;
    for (const char32_t c : own) {
        if (is_counted_character(c)) length += weighted ? static_cast<std::size_t>(weight_of(c)) : 1;
    }
    const std::string measured = std::to_string(length);
    const std::string minimum = std::to_string(requirement.minimum);
    const std::string_view unit = weighted ? pick(language, "你自己文字的加权长度（中文和全角字符计 2；链接、话题、表情和标点不计）",
                                                  "Weighted length of your own words (CJK and full-width characters count 2; links, hashtags, emoji and punctuation are not counted)")
                                           : pick(language, "你自己文字的字符数（链接、话题、表情和标点不计）",
                                                  "Characters of your own words (links, hashtags, emoji and punctuation are not counted)");
    if (length >= requirement.minimum) {
        finding.status = Status::Pass;
        finding.message = fill_numbered(pick(language, "{0}为 {1}，不少于 {2}。", "{0}: {1}, at least {2}."), {unit, measured, minimum});
    } else {
        finding.status = unmet(requirement.required);
        finding.message = fill_numbered(pick(language, "{0}为 {1}，至少需要 {2}。", "{0}: {1}; write at least {2}."), {unit, measured, minimum});
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
        if (*measure == "code_points") length.measure = LengthMeasure::CodePoints;
        else if (*measure != "weighted") reader.problem(join_path(here, "measure"), "expected \"weighted\" or \"code_points\", got " + json_type_name(*measure));
    }
}

std::unique_ptr<PreparedRule> prepare_rule(const std::vector<LengthRequirement>& all, const Campaign&)
{
    return std::make_unique<OwnWordsRule<LengthRequirement, length_finding>>(all);
}

} // namespace cw
