#include "core/check/mentions.h"

#include "core/text/utf8.h"

namespace cw {

namespace {
bool starts_with_sign(std::string_view text)
{
    return text.size() > 1 && (text[0] == '$' || text[0] == '#' || text[0] == '@');
}
} // namespace

MentionKeywordIds add_mention_keywords(const MentionRequirement& mention, std::vector<std::string>& keywords)
{
    MentionKeywordIds ids;
    ids.exact = keywords.size();
    keywords.push_back(mention.text);
    if (starts_with_sign(mention.text)) {
        ids.spaced = keywords.size();
        keywords.push_back(mention.text.substr(0, 1) + " " + mention.text.substr(1));
        ids.bare = keywords.size();
        keywords.push_back(mention.text.substr(1));
    }
    return ids;
}

MentionSearch find_mention(const MentionKeywordIds& ids, const std::vector<KeywordOccurrences>& occurrences)
{
    MentionSearch search;
    search.count = occurrences[ids.exact].count;
    search.exact = occurrences[ids.exact].first;
    if (search.count > 0) return search;

    if (ids.spaced && !occurrences[*ids.spaced].first.empty()) {
        search.near_miss = occurrences[*ids.spaced].first.front();
        return search;
    }
    // With no exact mention and no "$ OBOL", every bare "OBOL" is a near miss of its own.
    if (ids.bare && !occurrences[*ids.bare].first.empty()) search.near_miss = occurrences[*ids.bare].first.front();
    return search;
}

MentionSearch find_mention(const MentionRequirement& mention, std::string_view text_utf8)
{
    std::vector<std::string> keywords;
    const MentionKeywordIds ids = add_mention_keywords(mention, keywords);
    const KeywordIndex index(keywords);
    return find_mention(ids, index.search(decode_code_points(text_utf8)));
}

} // namespace cw
