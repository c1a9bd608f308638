// What format 2's text rules measure in a post: its length in 字 and in words, which of the two
// counts (the post's language), and whether it says anything at all.
#pragma once

#include <cstddef>
#include <string_view>

namespace cw {

struct PostLength {
    std::size_t characters = 0; // 字: code points that are not white space
    std::size_t words = 0;      // runs of letters, digits, ' and - ; each CJK character is a word
    bool chinese = false;       // more CJK characters than words in other scripts: counted in 字
};

PostLength measure_post(std::u32string_view text);

enum class ContentProblem { None, OnlySymbols, RepeatedCharacters, TooFewCharacters };

// OnlySymbols: no letter, digit or CJK character at all (emoji, punctuation, symbols).
// RepeatedCharacters: at least 3 of them, but only 1 or 2 different ones ("哈哈哈哈", "aaaa", "1111").
// A blank text is None: the draft's own check reports it.
ContentProblem judge_content(std::u32string_view text);

} // namespace cw
