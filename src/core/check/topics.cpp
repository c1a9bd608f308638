#include "core/check/topics.h"

#include "core/text/utf8.h"

namespace cw {

namespace {

std::vector<std::vector<std::size_t>> add_groups(const std::vector<KeywordGroup>& groups, std::vector<std::string>& keywords)
{
    std::vector<std::vector<std::size_t>> ids;
    for (const KeywordGroup& group : groups) {
        std::vector<std::size_t>& group_ids = ids.emplace_back();
        for (const std::string& keyword : group.keywords) {
            group_ids.push_back(keywords.size());
            keywords.push_back(keyword);
        }
    }
    return ids;
}

TopicCoverage cover_language(const std::vector<std::vector<std::size_t>>& groups,
                             const std::vector<KeywordOccurrences>& occurrences, Language language)
{
    TopicCoverage coverage;
    coverage.language = language;
    coverage.group_count = groups.size();
    for (std::size_t g = 0; g < groups.size(); ++g) {
        // The group's earliest keyword in the post.
        bool found = false;
        std::pair<std::size_t, std::size_t> earliest;
        for (std::size_t id : groups[g]) {
            const KeywordOccurrences& hits = occurrences[id];
            if (hits.first.empty()) continue;
            if (!found || hits.first.front().first < earliest.first) earliest = hits.first.front();
            found = true;
        }
        if (found) coverage.found.push_back(earliest);
        else coverage.missing_groups.push_back(g);
    }
    coverage.covered = !groups.empty() && coverage.missing_groups.empty();
    return coverage;
}

} // namespace

const std::vector<KeywordGroup>& topic_groups(const TopicRequirement& topic, Language language)
{
    return is_chinese(language) ? topic.groups_zh : topic.groups_en;
}

TopicKeywordIds add_topic_keywords(const TopicRequirement& topic, std::vector<std::string>& keywords)
{
    TopicKeywordIds ids;
    ids.zh = add_groups(topic.groups_zh, keywords);
    ids.en = add_groups(topic.groups_en, keywords);
    return ids;
}

TopicCoverage cover_topic(const TopicKeywordIds& ids, const std::vector<KeywordOccurrences>& occurrences,
                          Language preferred)
{
    const Language other = is_chinese(preferred) ? Language::English : Language::Chinese;
    const auto& preferred_ids = is_chinese(preferred) ? ids.zh : ids.en;
    const auto& other_ids = is_chinese(preferred) ? ids.en : ids.zh;

    TopicCoverage first = cover_language(preferred_ids, occurrences, preferred);
    if (first.covered) return first;
    TopicCoverage second = cover_language(other_ids, occurrences, other);
    if (second.covered) return second;
    // Neither is covered: report the language that got further, or the preferred one if it has groups.
    if (preferred_ids.empty()) return second;
    if (!other_ids.empty() && second.found.size() > first.found.size()) return second;
    return first;
}

TopicCoverage cover_topic(const TopicRequirement& topic, std::string_view text_utf8, Language preferred)
{
    std::vector<std::string> keywords;
    const TopicKeywordIds ids = add_topic_keywords(topic, keywords);
    const KeywordIndex index(keywords, Invisibles::read_through); // as the topic rule reads them
    return cover_topic(ids, index.search(decode_code_points(text_utf8)), preferred);
}

} // namespace cw
