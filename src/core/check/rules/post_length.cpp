#include "core/check/rules/post_length.h"

#include "core/json/campaign_reader.h"
#include "core/check/post_content.h"
#include "core/i18n/catalogue.h"

namespace cw {

namespace {

Finding post_length_finding(const PostLengthRequirement& requirement, const OwnText&, const OwnWordsCount& own_count,
                            Language language)
{
    Finding finding = start_finding(requirement, language);
    const PostLength& length = own_count.post;
    const bool in_characters = post_length_in_characters(requirement, length.chinese);
    const std::size_t measured = in_characters ? length.characters : length.words;
    const std::size_t minimum = in_characters ? requirement.minimum_characters : requirement.minimum_words;
    const bool met = requirement.strict ? measured > minimum : measured >= minimum;
    const std::string unit = catalogue_count_text(in_characters ? "check.post-length.unit-characters" : "check.post-length.unit-words",
                                                  measured, language);
    const std::string counted = std::to_string(measured);
    const std::string wanted = std::to_string(minimum);
    finding.status = met ? Status::Pass : unmet(requirement.required);
    if (met) {
        finding.message = requirement.strict ? fill(catalogue().get("check.post-length.pass-strict", language), {counted, unit, wanted, unit})
                                             : fill(catalogue().get("check.post-length.pass", language), {counted, unit, wanted, unit});
    } else {
        finding.message = requirement.strict
            ? fill(catalogue().get("check.post-length.short-strict", language), {counted, unit, wanted, unit})
            : fill(catalogue().get("check.post-length.short", language), {counted, unit, wanted, unit});
        finding.message += catalogue().get("check.post-length.not-counted", language);
        add_suggestion_note(finding, requirement.required, language);
    }
    return finding;
}

} // namespace

void read_requirement(const CampaignJson& entry, const std::string& here, CampaignReader& reader, PostLengthRequirement& length)
{
    reader.allow_only(entry, here, {"id", "title", "required", "minimum_characters", "minimum_words", "strict"});
    reader.requirement_fields(entry, here, length);
    length.minimum_characters = whole_number(entry, here, "minimum_characters", reader);
    length.minimum_words = whole_number(entry, here, "minimum_words", reader);
    length.strict = reader.boolean(entry, here, "strict", false);
    if (!entry.contains("minimum_characters") && !entry.contains("minimum_words")) {
        reader.problem(here, "expected minimum_characters (字, for a Chinese post) and/or minimum_words (for an English post)");
    }
}

std::unique_ptr<PreparedRule> prepare_rule(const std::vector<PostLengthRequirement>& all, const RuleContext&)
{
    return std::make_unique<OwnWordsRule<PostLengthRequirement, post_length_finding>>(all);
}

} // namespace cw
