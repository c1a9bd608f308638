// How long a post is: in code points, and weighted the way X/Twitter counts (twitter-text 3):
// Latin, Greek, Cyrillic, Hebrew, Arabic and most other scripts up to U+10FF and common punctuation
// count 1; CJK, full-width forms, emoji and everything else count 2. The widget shows both as
// information; a campaign may set a minimum on either.
#pragma once

#include <cstddef>
#include <string_view>

namespace cw {

struct TextLength {
    std::size_t code_points = 0;
    std::size_t weighted = 0;
    friend bool operator==(const TextLength&, const TextLength&) = default;
};

// 1 or 2. Inline: check_draft() weighs every code point of a draft in its one pass over it.
inline int weight_of(char32_t code_point)
{
    // twitter-text's configuration v3: these ranges weigh 100 (one character), all others 200.
    if (code_point <= 0x10FF) return 1;                          // Latin … Georgian
    if (code_point >= 0x2000 && code_point <= 0x200D) return 1;  // spaces, zero-width joiners
    if (code_point >= 0x2010 && code_point <= 0x201F) return 1;  // dashes and quotation marks
    if (code_point >= 0x2032 && code_point <= 0x2037) return 1;  // primes
    return 2;
}

TextLength measure_text(std::u32string_view text);
TextLength measure_text_utf8(std::string_view utf8);

} // namespace cw
