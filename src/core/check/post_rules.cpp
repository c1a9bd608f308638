#include "core/check/post_rules.h"

#include "core/text/character_class.h"
#include "core/check/finding_start.h"
#include "core/check/hashtags.h"
#include "core/check/message_language.h"
#include "core/check/post_content.h"
#include "core/i18n/translations.h"

namespace cw {

namespace {

using messages::pick;

std::size_t byte_offset(const std::string_view draft, const DecodedText& decoded, std::size_t code_point)
{
    return code_point < decoded.byte_offsets.size() ? decoded.byte_offsets[code_point] : draft.size();
}

Span span_of(std::string_view draft, const DecodedText& decoded, std::pair<std::size_t, std::size_t> range)
{
    const std::u32string_view text(decoded.code_points);
    return {byte_offset(draft, decoded, range.first), byte_offset(draft, decoded, range.second),
            encode_utf8(text.substr(range.first, range.second - range.first))};
}

Status unmet(bool required)
{
    return required ? Status::Fail : Status::Warn;
}

// An optional rule only warns; its message says so, so that no one reads a warning as a refusal.
void add_suggestion_note(Finding& finding, bool required, Language language)
{
    if (!required) finding.message += pick(language, "这一项是建议，不是活动的要求。", " This is a suggestion, not a requirement of the campaign.");
}

Finding hashtag_finding(const HashtagRequirement& hashtag, const HashtagSearch& search, std::string_view draft,
                        const DecodedText& decoded, Language language)
{
    Finding finding = start_finding(hashtag, language);
    const std::string& spelling = hashtag.spellings[search.spelling];
    if (search.found) {
        const Span span = span_of(draft, decoded, search.range);
        finding.status = Status::Pass;
        finding.message = fill(pick(language, "找到话题 {}。", "Found the hashtag {}."), {span.text});
        finding.spans.push_back(span);
        return finding;
    }
    finding.status = unmet(hashtag.required);
    if (search.near_miss == HashtagMiss::None) {
        std::string accepted;
        for (const std::string& each : hashtag.spellings) {
            if (!accepted.empty()) accepted += pick(language, "、", ", ");
            accepted += each;
        }
        finding.message = fill(pick(language, "帖子需要话题 {}（任选其一：{}）。", "The post needs the hashtag {} (any one of: {})."),
                               {spelling, accepted});
        const bool new_line = !draft.empty() && draft.back() != '\n';
        finding.fix = Fix{FixKind::Insert, draft.size(), draft.size(), (new_line ? "\n" : "") + spelling};
        return finding;
    }
    const Span span = span_of(draft, decoded, search.range);
    switch (search.near_miss) {
    case HashtagMiss::MissingClosingHash:
        finding.message = fill(pick(language, "找到“{}”，但话题结尾少了 #：请写成 {}。", "Found \"{}\", but the hashtag lacks its closing #: write {}."),
                               {span.text, spelling});
        break;
    case HashtagMiss::FullWidthHash:
        finding.message = fill(pick(language, "“{}”用了全角的 ＃，不会被识别为话题：请写成 {}。",
                                    "\"{}\" uses the full-width ＃, which is not read as a hashtag: write {}."),
                               {span.text, spelling});
        break;
    case HashtagMiss::SpaceAfterHash:
        finding.message = fill(pick(language, "“{}”的 # 后面有空格，话题会断开：请写成 {}。",
                                    "\"{}\" has a space after the #, which breaks the hashtag: write {}."),
                               {span.text, spelling});
        break;
    case HashtagMiss::MissingHash:
        finding.message = fill(pick(language, "找到“{}”，但它不是话题：请写成 {}。", "Found \"{}\", but not as a hashtag: write {}."),
                               {span.text, spelling});
        break;
    case HashtagMiss::OtherSpelling:
        finding.message = fill(pick(language, "“{}”不是本活动接受的写法：请写成 {}。", "\"{}\" is not a spelling this campaign accepts: write {}."),
                               {span.text, spelling});
        break;
    case HashtagMiss::None: break;
    }
    finding.spans.push_back(span);
    // A "#tag" runs on to the next space or punctuation: written right before more letters or CJK text,
    // it would take that text in and still not be the tag. A space keeps them apart.
    const bool open_tag = spelling.back() != '#';
    const std::size_t after = search.range.second;
    const bool runs_on = after < decoded.code_points.size() &&
                         (is_word_letter(decoded.code_points[after]) || is_cjk_letter(decoded.code_points[after]));
    finding.fix = Fix{FixKind::Replace, span.start, span.end, spelling + (open_tag && runs_on ? " " : "")};
    return finding;
}

Finding post_length_finding(const PostLengthRequirement& requirement, const std::u32string& own, Language language)
{
    Finding finding = start_finding(requirement, language);
    const PostLength length = measure_post(own);
    // The post's language decides the unit, when the campaign gives a minimum in it.
    const bool in_characters = requirement.minimum_words == 0 || (length.chinese && requirement.minimum_characters > 0);
    const std::size_t measured = in_characters ? length.characters : length.words;
    const std::size_t minimum = in_characters ? requirement.minimum_characters : requirement.minimum_words;
    const bool met = requirement.strict ? measured > minimum : measured >= minimum;
    const std::string unit(in_characters ? pick(language, "字", "characters") : pick(language, "词", "words"));
    const std::string counted = std::to_string(measured);
    const std::string wanted = std::to_string(minimum);
    finding.status = met ? Status::Pass : unmet(requirement.required);
    if (met) {
        finding.message = requirement.strict ? fill(pick(language, "{} {}，多于 {} {}。", "{} {}, more than {}."), {counted, unit, wanted, unit})
                                             : fill(pick(language, "{} {}，不少于 {} {}。", "{} {}, at least {}."), {counted, unit, wanted, unit});
    } else {
        finding.message = requirement.strict
            ? fill(pick(language, "{} {}，需要多于 {} {}。", "{} {}; write more than {}."), {counted, unit, wanted, unit})
            : fill(pick(language, "{} {}，至少需要 {} {}。", "{} {}; write at least {}."), {counted, unit, wanted, unit});
        finding.message += pick(language, "（话题、链接、表情和标点不计。）", " Hashtags, links, emoji and punctuation are not counted.");
        add_suggestion_note(finding, requirement.required, language);
    }
    return finding;
}

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

void add_post_rule_findings(const Requirements& requirements, const std::vector<HashtagSearch>& hashtag_searches,
                            const std::u32string& own, std::string_view draft_utf8, const DecodedText& decoded,
                            Language language, std::vector<Finding>& findings)
{
    for (std::size_t h = 0; h < requirements.hashtags.size(); ++h) {
        const HashtagRequirement& hashtag = requirements.hashtags[h];
        if (!hashtag.spellings.empty()) findings.push_back(hashtag_finding(hashtag, hashtag_searches[h], draft_utf8, decoded, language));
    }
    if (requirements.post_length) findings.push_back(post_length_finding(*requirements.post_length, own, language));
    if (requirements.meaningful_content) {
        findings.push_back(meaningful_content_finding(*requirements.meaningful_content, own, language));
    }
}

} // namespace cw
