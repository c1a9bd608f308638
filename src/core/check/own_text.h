// The person's own words in a post: what length and meaningful-content rules count. Links, hashtags
// (Gate's "#话题#" and "#tag", any tag, also with a full-width ＃), a campaign hashtag's words written
// without their '#', and whatever else the checker names (forbidden words) are not the person's words;
// they are blanked out with kNotOwn, which is neither counted nor white space: the words on either side
// stay apart (as the removal fixes keep them, fix.h) and stay one whitespace-separated word when they
// were one. Emoji, punctuation and symbols stay in the text but are never counted
// (is_counted_character()).
//
// Counting only what is left is the strict reading of an ambiguous announcement ("30 字", "100
// words"): a post called long enough is long enough however the organiser counts. It also keeps fixes
// honest: a fix that turns words into a hashtag or replaces a link changes nothing that is counted.
#pragma once

#include "core/text/width_fold.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cw {

using CodePointRange = std::pair<std::size_t, std::size_t>; // [first, end) in code points

inline constexpr char32_t kNotOwn = 0xFFFC; // OBJECT REPLACEMENT CHARACTER: something else stood here

// The text with every hashtag and every range of `blanked` (links, near misses, forbidden words) read as
// kNotOwn, and each range of `counted_as_ascii` read width-folded; the same length as `text`, so offsets
// stay the draft's. A view of `text`, which must outlive it: it keeps one bit a code point of what is
// blanked instead of a copy of the text. A copy took four bytes a code point, fresh memory on every check:
// 3 MB for a 1 MiB draft, and where touching a new page is dear (a virtual machine's page faults), a
// fifth of the check's time.
class OwnText {
public:
    OwnText() = default;
    OwnText(std::u32string_view text, const std::vector<CodePointRange>& blanked,
            const std::vector<CodePointRange>& counted_as_ascii = {});

    std::size_t size() const { return text_.size(); }
    bool empty() const { return text_.empty(); }
    char32_t operator[](std::size_t i) const
    {
        if (has(not_own_, i)) return kNotOwn;
        return !as_ascii_.empty() && has(as_ascii_, i) ? fold_width(text_[i]) : text_[i];
    }
    // The whole text as it reads (tests, and whoever needs a copy).
    std::u32string str() const;

private:
    static bool has(const std::vector<std::uint64_t>& bits, std::size_t i) { return (bits[i / 64] >> (i % 64)) & 1U; }

    std::u32string_view text_;
    std::vector<std::uint64_t> not_own_;  // a bit a code point: blanked
    std::vector<std::uint64_t> as_ascii_; // a bit a code point: counted as ASCII; empty when none is
};

// The hashtags as Gate reads them: "#…#" on one line (letters, digits and spaces inside, the closing
// '#' not starting another tag: "#XYZ Creative Contest#") or else "#tag", up to where the tag's word
// ends; '#' or '＃'.
std::vector<CodePointRange> find_written_hashtags(std::u32string_view text);

// The end of the closed "#…#" hashtag whose first '#' is at `at`, or `at` when none starts there.
std::size_t closed_hashtag_end(std::u32string_view text, std::size_t at);

// A letter, a digit or a CJK character: what is counted. Emoji, punctuation, symbols, '_' and white
// space are not.
bool is_counted_character(char32_t c);

} // namespace cw
