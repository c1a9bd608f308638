// Is a word like the ticker "$OBOL" mentioned? Matched without case after full-width folding, so
// "＄ＯＢＯＬ" counts, and right before or after CJK text ("关注$OBOL。"). When the word starts with
// $, # or @, the bare word ("OBOL") and the word with a space after the sign ("$ OBOL") are near
// misses: the check points at them and offers the fix. A mention holding an invisible character
// ("$OB<U+200B>OL", pasted from a page that breaks long words) is read through it as the eye reads it,
// and is the near miss before any other: Gate reads the word only up to that character.
//
// Like topics, mentions are searched in check_draft()'s single keyword pass.
#pragma once

#include "core/check/keyword_index.h"
#include "core/check/links.h"
#include "core/check/rules/mention.h"

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace cw {

struct MentionKeywordIds {
    std::size_t exact = 0;
    std::optional<std::size_t> spaced; // "$ OBOL"
    std::optional<std::size_t> bare;   // "OBOL"
};

MentionKeywordIds add_mention_keywords(const MentionRequirement& mention, std::vector<std::string>& keywords);

struct MentionSearch {
    std::size_t count = 0; // exact mentions
    std::vector<std::pair<std::size_t, std::size_t>> exact;      // code point ranges, the first ones
    std::optional<std::pair<std::size_t, std::size_t>> near_miss; // the first near miss, when there is no exact one
    bool invisible = false; // the near miss is the word with an invisible character inside
    bool glued_to_link = false; // the near miss is the word at the very end of a link (see below)
};

MentionSearch find_mention(const MentionKeywordIds& ids, const std::vector<KeywordOccurrences>& occurrences);

// Where there is no exact mention: the first place outside `ignored` (the links) where `folded_word`
// is written with invisible characters inside, read as the eye reads it. Both texts are folded as
// DraftView::folded_characters() folds (width, ASCII case, Traditional one character for one), so
// positions are the draft's code points. Becomes the search's near miss, marked invisible.
void look_through_invisible_characters(MentionSearch& search, std::u32string_view folded_text, std::u32string_view folded_word,
                                       const std::vector<std::pair<std::size_t, std::size_t>>& ignored);

// Where there is no near miss with an invisible character: the word as the ticker written right after a
// link with no space ("…/OBOL_USDT$OBOL"), which a site takes into the link's path; read as the link's
// check reads it (link_match.h, glued_word_start()). `folded_text` and `folded_word` as above. Becomes
// the search's near miss, marked glued_to_link.
void look_at_links_ends(MentionSearch& search, std::u32string_view folded_text, std::u32string_view folded_word,
                        const std::vector<FoundLink>& links);

// The same for one text on its own (tests, tools). Positions are code points of the decoded text.
MentionSearch find_mention(const MentionRequirement& mention, std::string_view text_utf8);

} // namespace cw
