// Is a topic covered? Every keyword group of one of the topic's languages must have a keyword in the
// post (see TopicRequirement and KeywordIndex for how keywords match).
//
// check_draft() searches all topics and mentions in one pass: add_topic_keywords() puts a topic's
// keywords into the shared list that becomes the KeywordIndex, and cover_topic() reads the results.
#pragma once

#include "core/check/keyword_index.h"
#include "core/i18n/language.h"
#include "core/check/rules/topic.h"

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace cw {

struct TopicKeywordIds {
    std::vector<std::vector<std::size_t>> zh; // per group, the ids of its keywords in the shared list
    std::vector<std::vector<std::size_t>> en;
};

TopicKeywordIds add_topic_keywords(const TopicRequirement& topic, std::vector<std::string>& keywords);

struct TopicCoverage {
    bool covered = false;
    Language language = Language::English; // whose groups are reported below
    std::size_t group_count = 0;
    std::vector<std::size_t> missing_groups; // indexes into that language's groups
    // For each group found, in group order: the code point range of its first keyword in the post.
    std::vector<std::pair<std::size_t, std::size_t>> found;
};

// The covered language if any (the preferred one first), else the one with the most groups found.
TopicCoverage cover_topic(const TopicKeywordIds& ids, const std::vector<KeywordOccurrences>& occurrences,
                          Language preferred);

// The same for one text on its own (tests, tools). Positions are code points of the decoded text.
TopicCoverage cover_topic(const TopicRequirement& topic, std::string_view text_utf8, Language preferred);

// The keywords of one group of a topic in a language.
const std::vector<KeywordGroup>& topic_groups(const TopicRequirement& topic, Language language);

} // namespace cw
