#include "core/check/post_content.h"

#include "core/text/ascii.h"
#include "core/text/character_class.h"
#include "core/check/own_text.h"
#include "core/i18n/traditional_fold.h"
#include "core/text/text_length.h"
#include "core/text/width_fold.h"

#include <algorithm>
#include <array>
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
template <typename Text>
bool continues_run(const Text& text, std::size_t i)
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

// What a character of the own text is to the counts, read after width folding.
enum class OwnCharacter : unsigned char {
    Other,  // not counted: punctuation, emoji, symbols, kNotOwn
    White,  // ends a word
    Letter, // counted, and runs of them count once in 字: Latin letters, digits
    Cjk,    // counted, each one in 字
};

OwnCharacter classify_slowly(char32_t c)
{
    c = fold_width(c);
    if (is_white_space(c)) return OwnCharacter::White;
    if (!is_counted_character(c)) return OwnCharacter::Other;
    return is_cjk_letter(c) ? OwnCharacter::Cjk : OwnCharacter::Letter;
}

constexpr std::array<OwnCharacter, 128> kAsciiKinds = [] {
    std::array<OwnCharacter, 128> kinds{};
    for (char32_t c = 0; c < 128; ++c) {
        if (is_ascii_alnum(c)) kinds[c] = OwnCharacter::Letter;
        else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') kinds[c] = OwnCharacter::White;
    }
    return kinds;
}();

// Every character of a draft passes here: ASCII, the unified ideographs and CJK punctuation, most of a
// Chinese post, and what links and hashtags left (kNotOwn) are answered at once.
OwnCharacter classify(char32_t c)
{
    if (c < 0x80) return kAsciiKinds[c];
    if (c >= 0x4E00 && c <= 0x9FFF) return OwnCharacter::Cjk;
    if ((c > 0x3000 && c < 0x3040) || c == kNotOwn) return OwnCharacter::Other; // 、。「」 and the like
    return classify_slowly(c);
}

constexpr std::size_t kLongestRepeatedUnit = 4;
constexpr std::size_t kLeastRepeats = 3;
constexpr std::size_t kFewestDistinct = 5;

template <typename Text>
OwnWordsCount count_in(const Text& text)
{
    OwnWordsCount count;
    std::size_t cjk = 0;
    std::size_t runs = 0;
    bool in_run = false;      // a run of Latin letters or digits
    bool in_word = false;     // a whitespace-separated word
    bool word_counts = false; // ... holding something counted
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char32_t c = text[i];
        const OwnCharacter kind = classify(c);
        if (kind == OwnCharacter::White) {
            if (in_word && word_counts) ++count.post.words;
            in_word = word_counts = in_run = false;
            continue;
        }
        in_word = true;
        if (kind == OwnCharacter::Other) {
            in_run = in_run && continues_run(text, i);
            continue;
        }
        word_counts = true;
        ++count.code_points;
        count.weighted += static_cast<std::size_t>(weight_of(c));
        if (kind == OwnCharacter::Cjk) {
            ++cjk;
            in_run = false;
        } else if (!in_run) {
            ++runs;
            in_run = true;
        }
    }
    if (in_word && word_counts) ++count.post.words;
    count.post.characters = cjk + runs;
    count.post.chinese = cjk > runs;
    return count;
}

// One pass, in constant memory (a copy of the counted characters was up to four bytes a code point of
// fresh memory on every check): a unit repeats when every counted character equals the one `unit` before
// it, that is the one at the same place in the first `unit`.
template <typename Text>
ContentProblem judge_in(const Text& text)
{
    std::array<char32_t, kLongestRepeatedUnit> first{};
    std::array<bool, kLongestRepeatedUnit + 1> repeats{};
    repeats.fill(true);
    std::array<char32_t, kFewestDistinct> distinct{};
    std::size_t distinct_count = 0;
    std::size_t counted = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char32_t written = text[i];
        if (!is_counted_character(written)) continue;
        // Folded as topics are (width, case, Traditional → Simplified).
        const char32_t c = ascii_lower(fold_traditional_character(fold_width(written)));
        if (counted < kLongestRepeatedUnit) first[counted] = c;
        for (std::size_t unit = 1; unit <= kLongestRepeatedUnit; ++unit) {
            if (counted >= unit && c != first[counted % unit]) repeats[unit] = false;
        }
        ++counted;
        if (distinct_count < kFewestDistinct &&
            std::find(distinct.begin(), distinct.begin() + distinct_count, c) == distinct.begin() + distinct_count) {
            distinct[distinct_count++] = c;
        }
        // Enough distinct characters, and no unit repeats: nothing further can change the answer.
        if (distinct_count == kFewestDistinct && std::none_of(repeats.begin() + 1, repeats.end(), [](bool r) { return r; })) {
            return ContentProblem::None;
        }
    }
    if (counted == 0) return ContentProblem::OnlySymbols;
    for (std::size_t unit = 1; unit <= kLongestRepeatedUnit; ++unit) {
        if (counted % unit == 0 && counted / unit >= kLeastRepeats && repeats[unit]) return ContentProblem::RepeatedCharacters;
    }
    return distinct_count == kFewestDistinct ? ContentProblem::None : ContentProblem::TooFewCharacters;
}

} // namespace

PostLength measure_post(std::u32string_view text)
{
    return count_own_words(text).post;
}

OwnWordsCount count_own_words(std::u32string_view text)
{
    return count_in(text);
}

OwnWordsCount count_own_words(const OwnText& text)
{
    return count_in(text);
}

ContentProblem judge_content(std::u32string_view text)
{
    return judge_in(text);
}

ContentProblem judge_content(const OwnText& text)
{
    return judge_in(text);
}

} // namespace cw
