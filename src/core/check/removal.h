// Removing a stretch of the draft (a forbidden word, a look-alike link) without changing what is read
// around it. removal_fix() (fix.h) keeps letters and ASCII on either side apart; this also keeps apart
// two sides that would join into a hashtag that was not there: "#DM me我在" without "DM me" reads as
// the tag "#我在…", "#新人https://…一起" without the link as "#新人一起…", and "我在广场发t.me/首帖"
// without the link as the words of #我在广场发首帖 without their '#', and "#PUBLIC 比特币 长期价值t.me/x#"
// without the link as one "#…#" over the words (it holds spaces, so the space a removal may leave does
// not keep it apart). None of these is the person's own words, so the post would count fewer
// (own_text.h).
#pragma once

#include "core/check/check.h"
#include "core/check/rules/hashtag.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cw {

// The stretch of text around a fix, out to the line's ends (a link is read whole, and a "#…#" or a
// forbidden phrase, "DM me", may hold spaces, never a line break): as it stands, and as the fix leaves
// it, with where the fix's text starts and ends in it.
struct TextAroundFix {
    std::string_view before;
    std::size_t removed_first = 0; // bytes of `before`: what the fix replaces
    std::size_t removed_end = 0;
    std::string after;
    std::size_t inserted_first = 0; // bytes of `after`: the fix's text
    std::size_t seam = 0;           // bytes of `after` up to the end of the fix's text
};

TextAroundFix text_around_fix(std::string_view draft, const Fix& fix);

// removal_fix() of the bytes [start, end), leaving a space where the two sides would join into a written
// tag or a campaign hashtag's match or near miss; none when they join even so (the finding still says
// what to remove, and the person words it anew). A tag that already ran across what is removed
// ("#XYZ Creative邀请码 Contest#") stays one tag, as it should.
std::optional<Fix> removal_keeping_tags_apart(std::string_view draft, std::size_t start, std::size_t end,
                               const std::vector<HashtagRequirement>& hashtags);

} // namespace cw
