#include "core/check/rules/topic.h"

#include "core/json/campaign_reader.h"
#include "core/check/outline_placeholder.h"
#include "core/check/draft_view.h"
#include "core/check/texts_in_draft.h"
#include "core/check/topics.h"
#include "core/check/word_list.h"
#include "core/i18n/catalogue.h"

#include <algorithm>
#include <string_view>

namespace cw {

namespace {

using json = CampaignJson;

std::vector<KeywordGroup> read_keyword_groups(const json& groups, const std::string& path, CampaignReader& reader)
{
    std::vector<KeywordGroup> result;
    if (!groups.is_array() || groups.empty()) {
        reader.problem(path, "expected a non-empty array of keyword groups, got " + json_type_name(groups));
        return result;
    }
    for (std::size_t g = 0; g < groups.size(); ++g) {
        const json& entry = groups[g];
        const std::string here = index_path(path, g);
        if (!reader.is_object_entry(entry, here)) continue;
        reader.allow_only(entry, here, {"label", "label_zh-Hant", "any"});
        KeywordGroup group;
        if (entry.contains("label")) group.label = reader.string(entry, here, "label", false);
        if (entry.contains("label_zh-Hant")) group.label_zh_hant = reader.string(entry, here, "label_zh-Hant", false);
        const json* keywords = reader.array(entry, here, "any", true, true);
        if (keywords) {
            for (std::size_t k = 0; k < keywords->size(); ++k) {
                const json& keyword = (*keywords)[k];
                const std::string keyword_path = index_path(join_path(here, "any"), k);
                const bool blank = keyword.is_string() &&
                                   keyword.get_ref<const std::string&>().find_first_not_of(" *") == std::string::npos;
                if (!keyword.is_string() || blank) {
                    reader.problem(keyword_path, "expected a non-empty keyword, got " + json_type_name(keyword));
                    continue;
                }
                group.keywords.push_back(keyword.get<std::string>());
            }
        }
        result.push_back(std::move(group));
    }
    return result;
}

std::string group_name(const KeywordGroup& group, Language language)
{
    if (language == Language::TraditionalChinese && !group.label_zh_hant.empty()) return group.label_zh_hant;
    if (!group.label.empty()) return group.label;
    std::string out;
    for (const std::string& keyword : group.keywords) {
        if (!out.empty()) out += " / ";
        out += keyword;
    }
    return out;
}

Finding topic_finding(const TopicRequirement& topic, const TopicCoverage& coverage, const DraftView& draft,
                      Language language)
{
    Finding finding;
    finding.id = topic.id;
    finding.required = topic.required;
    finding.title = topic.title.text(language);
    finding.spans_are_evidence = true;

    std::vector<std::string> found;
    for (const auto& [first, end] : coverage.found) {
        Span span = draft.span(first, end);
        found.push_back(std::string(catalogue().get("check.quote-open", language)) + span.text + std::string(catalogue().get("check.quote-close", language)));
        if (finding.spans.size() < kMaxSpansPerFinding) finding.spans.push_back(std::move(span));
    }
    std::sort(finding.spans.begin(), finding.spans.end(), [](const Span& a, const Span& b) { return a.start < b.start; });

    if (coverage.covered) {
        finding.status = Status::Pass;
        finding.message = fill(catalogue().get("check.topic.covered", language), {join_words(found, language)});
        return finding;
    }
    finding.status = unmet(topic.required);
    const std::string& hint = topic.hint.text(language);
    if (found.empty()) {
        finding.message = std::string(catalogue().get("check.topic.not-covered", language));
    } else {
        std::vector<std::string> missing;
        const std::vector<KeywordGroup>& groups = topic_groups(topic, coverage.language);
        for (std::size_t g : coverage.missing_groups) missing.push_back(group_name(groups[g], language));
        finding.message = fill(catalogue().get("check.topic.partly-covered", language),
                               {join_words(found, language), join_words(missing, language)});
    }
    if (!hint.empty()) finding.message = fill(catalogue().get("check.sentences", language), {finding.message, hint});
    return finding;
}

// Two sorted lists of code point ranges as one, sorted, overlapping ranges joined (KeywordIndex::search
// wants them so).
std::vector<std::pair<std::size_t, std::size_t>> merged_ranges(std::vector<std::pair<std::size_t, std::size_t>> a,
                                                               const std::vector<std::pair<std::size_t, std::size_t>>& b)
{
    a.insert(a.end(), b.begin(), b.end());
    std::sort(a.begin(), a.end());
    std::vector<std::pair<std::size_t, std::size_t>> merged;
    for (const auto& range : a) {
        if (!merged.empty() && range.first <= merged.back().second) {
            merged.back().second = std::max(merged.back().second, range.second);
        } else {
            merged.push_back(range);
        }
    }
    return merged;
}

// Every topic of the campaign, covered in one keyword pass over the draft outside its links and the
// outline's own text. A topic is about what the post says: its keywords are read through characters
// that draw nothing, as the eye reads them (keyword_index.h).
class TopicRule : public PreparedRule {
public:
    TopicRule(const std::vector<TopicRequirement>& requirements, const RuleContext& context)
        : requirements_(requirements), keywords_(all_keywords(requirements, ids_), Invisibles::read_through),
          outline_text_(outline_text(context))
    {
    }

    void find(const DraftView& draft, DraftMarks&, Language language, std::vector<Finding>& findings) const override
    {
        // Topics are not covered by the outline's own words: its headings and placeholders, left in a
        // draft started from the person's notes, carry the very keywords the topics look for.
        const std::vector<std::pair<std::size_t, std::size_t>> outline_ranges = outline_text_.find(draft.code_points());
        const std::vector<KeywordOccurrences> occurrences =
            keywords_.search(draft.traditional(), outline_ranges.empty() ? draft.link_ranges : merged_ranges(draft.link_ranges, outline_ranges));
        for (std::size_t t = 0; t < requirements_.size(); ++t) {
            findings.push_back(topic_finding(requirements_[t], cover_topic(ids_[t], occurrences, language), draft, language));
        }
    }

private:
    static std::vector<std::string> all_keywords(const std::vector<TopicRequirement>& requirements, std::vector<TopicKeywordIds>& ids)
    {
        std::vector<std::string> keywords;
        for (const TopicRequirement& topic : requirements) ids.push_back(add_topic_keywords(topic, keywords));
        return keywords;
    }

    // What "Start from my notes" writes that is not the person's: each research step's heading, "【title】",
    // in every language the outline may have been written in, and the placeholders.
    static TextsInDraft outline_text(const RuleContext& context)
    {
        std::vector<std::string> texts;
        for (const LocalizedText& heading : context.outline_headings) {
            for (const std::string* title : {&heading.zh, &heading.en, &heading.zh_hant}) {
                if (!title->empty()) texts.push_back("【" + *title + "】");
            }
        }
        for (std::string_view placeholder : kOutlinePlaceholders) texts.emplace_back(placeholder);
        return TextsInDraft(texts);
    }

    const std::vector<TopicRequirement>& requirements_;
    std::vector<TopicKeywordIds> ids_;
    KeywordIndex keywords_;
    TextsInDraft outline_text_;
};

} // namespace

void read_requirement(const CampaignJson& entry, const std::string& here, CampaignReader& reader, TopicRequirement& topic)
{
    const std::vector<Language>& languages = reader.languages();
    reader.allow_only(entry, here, {"id", "title", "hint", "required", "keywords"});
    reader.requirement_fields(entry, here, topic);
    if (entry.contains("hint")) topic.hint = reader.localized(entry, here, "hint", false);
    const json* keywords = reader.object(entry, here, "keywords", true);
    if (!keywords) return;
    const std::string keywords_path = join_path(here, "keywords");
    reader.allow_only(*keywords, keywords_path, {"zh", "en"});
    for (const auto& [key, language] : {std::pair<const char*, Language>{"zh", Language::Chinese}, {"en", Language::English}}) {
        const auto found = keywords->find(key);
        const bool declared = std::find(languages.begin(), languages.end(), language) != languages.end();
        if (found == keywords->end()) {
            if (declared) reader.problem(join_path(keywords_path, key), "missing; expected keyword groups for this campaign's language");
            continue;
        }
        auto groups = read_keyword_groups(*found, join_path(keywords_path, key), reader);
        (language == Language::Chinese ? topic.groups_zh : topic.groups_en) = std::move(groups);
    }
    if (!keywords->contains("zh") && !keywords->contains("en") && languages.empty()) {
        reader.problem(keywords_path, "expected keyword groups for \"zh\" and/or \"en\"");
    }
}

std::unique_ptr<PreparedRule> prepare_rule(const std::vector<TopicRequirement>& all, const RuleContext& context)
{
    return std::make_unique<TopicRule>(all, context);
}

} // namespace cw
