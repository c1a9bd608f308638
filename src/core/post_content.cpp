#include "core/post_content.h"

#include "core/ascii.h"
#include "core/traditional_fold.h"
#include "core/width_fold.h"

#include <algorithm>
#include <vector>

namespace cw {

namespace {

bool is_white_space(char32_t c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' || c == 0x00A0 || c == 0x3000 ||
           (c >= 0x2000 && c <= 0x200B) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0xFEFF;
}

bool is_cjk(char32_t c)
{
    return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0x20000 && c <= 0x3FFFF) || (c >= 0x3040 && c <= 0x30FF) || (c >= 0xAC00 && c <= 0xD7AF);
}

// Letters and digits of alphabetic scripts (Latin, Greek, Cyrillic …), after full-width folding.
bool is_word_letter(char32_t c)
{
    return is_ascii_alnum(c) || (c >= 0x00C0 && c <= 0x052F && c != 0x00D7 && c != 0x00F7);
}

} // namespace

PostLength measure_post(std::u32string_view text)
{
    PostLength length;
    std::size_t cjk = 0;
    std::size_t other_words = 0;
    bool in_word = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char32_t c = fold_width(text[i]);
        if (!is_white_space(c)) ++length.characters;
        if (is_cjk(c)) {
            ++cjk;
            in_word = false;
            continue;
        }
        const bool joins = (c == '\'' || c == 0x2019 || c == '-') && in_word && i + 1 < text.size() && is_word_letter(fold_width(text[i + 1]));
        if (is_word_letter(c) || joins) {
            if (!in_word) ++other_words;
            in_word = true;
        } else {
            in_word = false;
        }
    }
    length.words = cjk + other_words;
    length.chinese = cjk > other_words;
    return length;
}

ContentProblem judge_content(std::u32string_view text)
{
    std::vector<char32_t> letters;
    bool blank = true;
    for (char32_t c : text) {
        c = ascii_lower(fold_traditional_character(fold_width(c)));
        if (!is_white_space(c)) blank = false;
        if (is_word_letter(c) || is_cjk(c)) letters.push_back(c);
    }
    if (blank) return ContentProblem::None;
    if (letters.empty()) return ContentProblem::OnlySymbols;
    const std::size_t count = letters.size();
    std::sort(letters.begin(), letters.end());
    const auto distinct = static_cast<std::size_t>(std::unique(letters.begin(), letters.end()) - letters.begin());
    return count >= 3 && distinct <= 2 ? ContentProblem::RepeatedCharacters : ContentProblem::None;
}

} // namespace cw
