#include "core/check/rules/meaningful_content.h"

#include "core/campaign/campaign_reader.h"
#include "core/check/message_language.h"
#include "core/check/post_content.h"

namespace cw {

namespace {

using json = CampaignJson;
using messages::pick;

Finding meaningful_content_finding(const MeaningfulContentRequirement& requirement, const std::u32string& own, Language language)
{
    Finding finding = start_finding(requirement, language);
    const ContentProblem problem = judge_content(own);
    if (problem == ContentProblem::None) {
        finding.status = Status::Pass;
        finding.message = std::string(pick(language, "帖子有实际内容。", "The post has real content."));
        return finding;
    }
    finding.status = unmet(requirement.required);
    switch (problem) {
    case ContentProblem::OnlySymbols:
        finding.message = std::string(pick(language, "帖子没有你自己的文字（话题、链接、表情和标点都不算）：请用文字写出你的内容。",
                                           "The post has no words of its own (hashtags, links, emoji and punctuation do not count): write your content in words."));
        break;
    case ContentProblem::RepeatedCharacters:
        finding.message = std::string(pick(language, "帖子自己的文字只是同一段字符的重复，会被视为无意义内容：请写出完整的句子。",
                                           "The post's own words only repeat the same few characters, which reads as meaningless: write whole sentences."));
        break;
    case ContentProblem::TooFewCharacters:
        finding.message = std::string(pick(language, "帖子自己的文字不到 5 个不同的字，会被视为无意义内容：请写出完整的句子。",
                                           "The post's own words use fewer than 5 different characters, which reads as meaningless: write whole sentences."));
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

std::unique_ptr<PreparedRule> prepare_rule(const std::vector<MeaningfulContentRequirement>& all, const Campaign&)
{
    return std::make_unique<OwnWordsRule<MeaningfulContentRequirement, meaningful_content_finding>>(all);
}

} // namespace cw
