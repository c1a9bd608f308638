// Is a topic hashtag in the post, in one of its accepted spellings? Gate writes a hashtag as "#话题#"
// (a hash at both ends; spaces may stand inside: "#XYZ Creative Contest#") or as "#tag", which ends
// where the word ends. Matched without case and with Traditional characters folded (#廣場# counts for
// #广场#), never with a full-width ＃: Gate Square does not read that as a hashtag.
//
// When no accepted spelling is there, the nearest near miss is reported with the spelling to write:
// the closing # missing, a "#tag" glued to the Chinese text after it ("#我在广场发首帖很开心", which
// Gate reads as one longer tag), a full-width ＃, full-width letters or digits (＃Ｇａｔｅ, ２０２６: an
// input method's full-width mode), an invisible character inside (U+200B and the like, pasted along
// unseen), a space after the # ("# tag"), the words without a #, or another spelling (one or two
// letters off, other spacing or case inside #…#). A hashtag glued to the link before it
// ("…/OBOL_USDT#GateSquare") is the link's fragment as sites read it: the rule looks for it there once
// nothing else is found (find_hashtag_glued_to_link).
#pragma once

#include "core/check/rules/hashtag.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cw {

// In the order of preference when several are in the post.
enum class HashtagMiss {
    None,
    GluedToLink,
    InvisibleCharacter,
    FullWidthLetters,
    MissingClosingHash,
    RunsOn,
    FullWidthHash,
    SpaceAfterHash,
    MissingHash,
    OtherSpelling
};

struct HashtagSearch {
    bool found = false;
    HashtagMiss near_miss = HashtagMiss::None;
    std::pair<std::size_t, std::size_t> range; // code points: the hashtag found, or the near miss
    std::size_t spelling = 0;                   // the accepted spelling found, or the one to write
    std::size_t tag_end = 0;                    // RunsOn: where the longer tag Gate reads ends (after range)
};

HashtagSearch find_hashtag(const HashtagRequirement& hashtag, std::u32string_view text);

// The hashtag written right after a link, with no space between ("…/OBOL_USDT#GateSquare",
// "…/OBOL_USDT#Gate广场", where the link ends at 广 and keeps "#Gate"): a GluedToLink near miss whose
// range starts at the link's '#'. `outside_links` is the draft with its links blanked, `links` their
// ranges in code points. Nothing is found when no link has a '#' or the tag is not written there.
HashtagSearch find_hashtag_glued_to_link(const HashtagRequirement& hashtag, std::u32string_view draft, std::u32string_view outside_links,
                                         const std::vector<std::pair<std::size_t, std::size_t>>& links);

// "#话题#" or "#tag": a spelling a campaign may give (a '#', then no '#' but perhaps a closing one).
bool is_hashtag_spelling(std::string_view spelling);

} // namespace cw
