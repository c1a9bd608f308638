// What format 2's text rules measure in a post's own words (own_text.h): its length in 字 and in
// words, which of the two counts (the post's language), and whether it says anything at all. Emoji,
// punctuation and symbols are never counted; hashtags and links are blanked out before.
#pragma once

#include <cstddef>
#include <string_view>

namespace cw {
class OwnText;
}

namespace cw {

struct PostLength {
    std::size_t characters = 0; // 字: each CJK character one, each run of Latin letters or digits one
                                // (a number's separators and a word's apostrophe do not end a run)
    std::size_t words = 0;      // whitespace-separated words holding a letter, a digit or a CJK character
    bool chinese = false;       // more CJK characters than runs of other letters: counted in 字
};

PostLength measure_post(std::u32string_view text);

// Everything the text rules count in the person's own words, read in one pass: the check counts once
// and every length rule reads the result.
struct OwnWordsCount {
    PostLength post;              // measure_post()
    std::size_t code_points = 0;  // the counted characters (is_counted_character())
    std::size_t weighted = 0;     // their weight as X counts it (weight_of())
};
OwnWordsCount count_own_words(std::u32string_view text);
OwnWordsCount count_own_words(const OwnText& text);

enum class ContentProblem { None, OnlySymbols, RepeatedCharacters, TooFewCharacters };

// OnlySymbols: no letter, digit or CJK character at all (nothing but emoji, punctuation, symbols, or
// white space once hashtags and links are blanked).
// RepeatedCharacters: the counted characters are one unit of at most 4 characters repeated 3 or more
// times ("好好好", "20262026…", "新年快乐新年快乐新年快乐").
// TooFewCharacters: fewer than 5 distinct counted characters ("新年快乐").
ContentProblem judge_content(std::u32string_view text);
ContentProblem judge_content(const OwnText& text);

} // namespace cw
