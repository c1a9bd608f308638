#include "core/check/mentions.h"

#include "core/check/draft_view.h"
#include "core/text/character_class.h"
#include "core/text/utf8.h"

#include <algorithm>

namespace cw {

namespace {
bool starts_with_sign(std::string_view text)
{
    return text.size() > 1 && (text[0] == '$' || text[0] == '#' || text[0] == '@');
}

// The end of `word` read at `at` through invisible characters, when at least one stands inside it; an
// ASCII letter or digit at its end must not run on into another, as the keyword search bounds words.
std::optional<std::size_t> invisible_look_alike_at(std::u32string_view text, std::size_t at, std::u32string_view word)
{
    if (text[at] != word[0]) return std::nullopt;
    bool invisible = false;
    std::size_t i = at + 1;
    for (std::size_t k = 1; k < word.size(); ++k) {
        for (; i < text.size() && is_invisible_format(text[i]); ++i) invisible = true;
        if (i >= text.size() || text[i] != word[k]) return std::nullopt;
        ++i;
    }
    if (!invisible) return std::nullopt;
    if (is_ascii_word_character(word.back()) && i < text.size() && is_ascii_word_character(text[i])) return std::nullopt;
    return i;
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

void look_through_invisible_characters(MentionSearch& search, std::u32string_view folded_text, std::u32string_view folded_word,
                                       const std::vector<std::pair<std::size_t, std::size_t>>& ignored)
{
    if (search.count > 0 || folded_word.size() < 2) return;
    auto link = ignored.begin();
    for (std::size_t at = 0; at < folded_text.size(); ++at) {
        if (folded_text[at] != folded_word[0]) continue; // most characters: one comparison
        while (link != ignored.end() && link->second <= at) ++link;
        if (link != ignored.end() && link->first <= at) continue;
        if (is_ascii_word_character(folded_word[0]) && at > 0 && is_ascii_word_character(folded_text[at - 1])) continue;
        const std::optional<std::size_t> end = invisible_look_alike_at(folded_text, at, folded_word);
        if (!end) continue;
        search.near_miss = std::pair{at, *end};
        search.invisible = true;
        return;
    }
}

MentionSearch find_mention(const MentionRequirement& mention, std::string_view text_utf8)
{
    std::vector<std::string> keywords;
    const MentionKeywordIds ids = add_mention_keywords(mention, keywords);
    const KeywordIndex index(keywords);
    const DraftView draft(text_utf8);
    MentionSearch search = find_mention(ids, index.search(draft.code_points()));
    if (search.count == 0) look_through_invisible_characters(search, draft.folded_characters(), DraftView(mention.text).folded_characters(), {});
    return search;
}

} // namespace cw
