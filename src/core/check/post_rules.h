// Format 2's checks on the text of a post, as findings in check_draft()'s Report, after format 1's:
//   hashtags            each HashtagRequirement: found, or the near miss with the spelling to write
//   post_length         PostLengthRequirement: 字 for a Chinese post, words for an English one
//   meaningful_content  fails a post of only emoji, symbols or repeated characters
// Self-confirmed items are not checked here: only the person can tick them (self_confirmation.h).
#pragma once

#include "core/check/check.h"
#include "core/check/hashtags.h"
#include "core/text/utf8.h"

#include <string>
#include <string_view>
#include <vector>

namespace cw {

// `hashtag_searches`: find_hashtag() of each of requirements.hashtags; `own`: own_text() of the draft,
// which the length and content rules count.
void add_post_rule_findings(const Requirements& requirements, const std::vector<HashtagSearch>& hashtag_searches,
                            const std::u32string& own, std::string_view draft_utf8, const DecodedText& decoded,
                            Language language, std::vector<Finding>& findings);

} // namespace cw
