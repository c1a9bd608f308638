#include "core/check/mentions.h"

#include "core/check/draft_view.h"
#include "core/check/link_match.h"
#include "core/text/character_class.h"
#include "core/text/invisible_look_alike.h"
#include "core/text/utf8.h"

namespace cw {

namespace {
bool starts_with_sign(std::string_view text)
{
    return text.size() > 1 && (text[0] == '$' || text[0] == '#' || text[0] == '@');
}

using Ranges = std::vector<std::pair<std::size_t, std::size_t>>;

// Whether code point `i` stands in one of the sorted `ranges` at or after `from`.
bool inside(const Ranges& ranges, Ranges::const_iterator from, std::size_t i)
{
    for (; from != ranges.end() && from->first <= i; ++from) {
        if (i < from->second) return true;
    }
    return false;
}

// An ASCII letter or digit at code point `i`, outside the links: what a word edge must not touch, as the
// keyword search bounds words and reads the links as white space.
bool word_character_at(std::u32string_view text, const Ranges& links, Ranges::const_iterator from, std::size_t i)
{
    return i < text.size() && is_ascii_word_character(text[i]) && !inside(links, from, i);
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
    auto link = ignored.begin(); // the first link that does not end before `at - 1`
    for (std::size_t at = 0; at < folded_text.size(); ++at) {
        if (folded_text[at] != folded_word[0]) continue; // most characters: one comparison
        while (link != ignored.end() && link->second < at) ++link;
        if (inside(ignored, link, at)) continue;
        if (is_ascii_word_character(folded_word[0]) && at > 0 && word_character_at(folded_text, ignored, link, at - 1)) continue;
        const std::optional<std::size_t> end = invisible_look_alike_at(folded_text, at, folded_word);
        if (!end) continue;
        if (is_ascii_word_character(folded_word.back()) && word_character_at(folded_text, ignored, link, *end)) continue;
        search.near_miss = std::pair{at, *end};
        search.invisible = true;
        return;
    }
}

void look_at_links_ends(MentionSearch& search, std::u32string_view folded_text, std::u32string_view folded_word,
                        const std::vector<FoundLink>& links)
{
    if (search.count > 0 || search.invisible) return;
    for (const FoundLink& link : links) {
        const std::size_t glued = glued_word_start(link.text);
        if (glued == std::string_view::npos) continue;
        // The glued words, each from its sign ("$OBOL@gate_io": "$OBOL", "@gate_io"); ASCII, so as
        // many code points as bytes.
        const std::size_t glued_at = link.end_code_point - (link.text.size() - glued);
        std::size_t word_end = link.end_code_point;
        for (std::size_t k = link.text.size(); k > glued; --k) {
            const char c = link.text[k - 1];
            if (c != '$' && c != '@') continue;
            const std::size_t at = glued_at + (k - 1 - glued);
            if (word_end - at == folded_word.size() && folded_text.substr(at, folded_word.size()) == folded_word) {
                search.near_miss = std::pair{at, word_end};
                search.glued_to_link = true;
                return;
            }
            word_end = at;
        }
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
