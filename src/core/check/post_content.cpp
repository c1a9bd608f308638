#include "core/check/post_content.h"

#include "core/text/ascii.h"
#include "core/text/character_class.h"
#include "core/check/own_text.h"
#include "core/i18n/traditional_fold.h"
#include "core/text/width_fold.h"

#include <algorithm>
#include <vector>

namespace cw {

namespace {

bool is_white_space(char32_t c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' || c == 0x00A0 || c == 0x3000 ||
           (c >= 0x2000 && c <= 0x200B) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0xFEFF;
}

// A separator inside a number ("60,000", "3.5", "2026.01.15") or an apostrophe inside a word ("OBOL's",
// "isn’t"): the run of letters or digits goes on over it, so the number or the word counts one 字, as an
// organiser counting numbers and words would count it. Written apart ("3. 5", "GT,BTC") it ends the run.
bool continues_run(std::u32string_view text, std::size_t i)
{
    if (i == 0 || i + 1 >= text.size()) return false;
    const char32_t c = text[i];
    const char32_t before = fold_width(text[i - 1]);
    const char32_t after = fold_width(text[i + 1]);
    if (c == '.' || c == ',') return is_ascii_digit(before) && is_ascii_digit(after);
    if (c == '\'' || c == 0x2019) {
        return is_counted_character(before) && !is_cjk_letter(before) && is_counted_character(after) && !is_cjk_letter(after);
    }
    return false;
}

constexpr std::size_t kLongestRepeatedUnit = 4;
constexpr std::size_t kLeastRepeats = 3;
constexpr std::size_t kFewestDistinct = 5;

} // namespace

PostLength measure_post(std::u32string_view text)
{
    PostLength length;
    std::size_t cjk = 0;
    std::size_t runs = 0;
    bool in_run = false;     // a run of Latin letters or digits
    bool in_word = false;    // a whitespace-separated word
    bool word_counts = false; // ... holding something counted
    for (std::size_t i = 0; i <= text.size(); ++i) {
        const char32_t c = i < text.size() ? fold_width(text[i]) : U' ';
        if (is_white_space(c)) {
            if (in_word && word_counts) ++length.words;
            in_word = word_counts = in_run = false;
            continue;
        }
        in_word = true;
        if (!is_counted_character(c)) {
            in_run = in_run && continues_run(text, i);
            continue;
        }
        word_counts = true;
        if (is_cjk_letter(c)) {
            ++cjk;
            in_run = false;
        } else if (!in_run) {
            ++runs;
            in_run = true;
        }
    }
    length.characters = cjk + runs;
    length.chinese = cjk > runs;
    return length;
}

ContentProblem judge_content(std::u32string_view text)
{
    // The counted characters in order, folded as topics are (width, case, Traditional → Simplified).
    std::u32string counted;
    for (char32_t c : text) {
        if (is_counted_character(c)) counted.push_back(ascii_lower(fold_traditional_character(fold_width(c))));
    }
    if (counted.empty()) return ContentProblem::OnlySymbols;
    for (std::size_t unit = 1; unit <= kLongestRepeatedUnit; ++unit) {
        if (counted.size() % unit != 0 || counted.size() / unit < kLeastRepeats) continue;
        bool repeats = true;
        for (std::size_t i = unit; i < counted.size() && repeats; ++i) repeats = counted[i] == counted[i - unit];
        if (repeats) return ContentProblem::RepeatedCharacters;
    }
    std::sort(counted.begin(), counted.end());
    const auto distinct = static_cast<std::size_t>(std::unique(counted.begin(), counted.end()) - counted.begin());
    return distinct < kFewestDistinct ? ContentProblem::TooFewCharacters : ContentProblem::None;
}

} // namespace cw
