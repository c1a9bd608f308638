// Is a word like the ticker "$OBOL" mentioned? Matched without case after full-width folding, so
// "＄ＯＢＯＬ" counts, and right before or after CJK text ("关注$OBOL。"). When the word starts with
// $, # or @, the bare word ("OBOL") and the word with a space after the sign ("$ OBOL") are near
// misses: the check points at them and offers the fix.
//
// Like topics, mentions are searched in check_draft()'s single keyword pass.
#pragma once

#include "core/check/keyword_index.h"
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
};

MentionSearch find_mention(const MentionKeywordIds& ids, const std::vector<KeywordOccurrences>& occurrences);

// The same for one text on its own (tests, tools). Positions are code points of the decoded text.
MentionSearch find_mention(const MentionRequirement& mention, std::string_view text_utf8);

} // namespace cw
