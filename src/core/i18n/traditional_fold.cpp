#include "core/i18n/traditional_fold.h"

#include "core/i18n/traditional_fold_table.h"
#include "core/text/utf8.h"

#include <algorithm>
#include <bit>

namespace cw {

namespace {

namespace table = traditional_fold_table;

std::u16string_view key_of(const table::Phrase& phrase)
{
    return {table::phrase_text + phrase.text_offset, phrase.key_length};
}

std::u16string_view value_of(const table::Phrase& phrase)
{
    return {table::phrase_text + phrase.text_offset + phrase.key_length, phrase.value_length};
}

// The table's phrases are a few characters long (OpenCC's longest Taiwan phrase has 8); longer ones
// are not looked for.
constexpr std::size_t kLongestPhrase = 12;

bool bmp_bit(const std::uint64_t* bits, char32_t c)
{
    return (bits[c / 64] >> (c % 64)) & 1;
}

// How many of the bitmap's bits are set before c's: the word's rank plus the bits below c in its word.
std::size_t bmp_rank(const std::uint64_t* bits, const std::uint16_t* ranks, char32_t c)
{
    const std::uint64_t below = bits[c / 64] & ((std::uint64_t{1} << (c % 64)) - 1);
    return ranks[c / 64] + static_cast<std::size_t>(std::popcount(below));
}

char32_t other_character(char32_t code_point)
{
    const table::CharacterPair* first = table::other_characters;
    const table::CharacterPair* last = table::other_characters + table::other_character_count;
    const table::CharacterPair* found = std::lower_bound(first, last, code_point, [](const table::CharacterPair& pair, char32_t value) {
        return pair.traditional < value;
    });
    return found != last && found->traditional == code_point ? found->simplified : code_point;
}

// The run of phrases whose key starts with c (empty for most characters).
std::pair<const table::Phrase*, const table::Phrase*> phrases_starting_with(char32_t c)
{
    if (c >= 0x10000 || !bmp_bit(table::bmp_starts_phrase, c)) return {nullptr, nullptr};
    const std::size_t rank = bmp_rank(table::bmp_starts_phrase, table::bmp_starts_phrase_rank, c);
    return {table::phrases + table::phrase_runs[rank], table::phrases + table::phrase_runs[rank + 1]};
}

bool key_matches(std::u16string_view key, const char32_t* text, std::size_t length)
{
    if (key.size() > length) return false;
    for (std::size_t k = 0; k < key.size(); ++k) {
        if (key[k] != text[k]) return false;
    }
    return true;
}

// The longest phrase of the run whose key starts the (folded) text, or nullptr.
const table::Phrase* longest_phrase_at(std::pair<const table::Phrase*, const table::Phrase*> run, const char32_t* text,
                                       std::size_t length)
{
    const table::Phrase* best = nullptr;
    for (const table::Phrase* phrase = run.first; phrase != run.second; ++phrase) {
        if ((!best || phrase->key_length > best->key_length) && key_matches(key_of(*phrase), text, length)) best = phrase;
    }
    return best;
}

} // namespace

char32_t fold_traditional_character(char32_t code_point)
{
    if (code_point < 0x3400) return code_point; // below the CJK ideographs: nothing to fold
    if (code_point >= 0x10000) return other_character(code_point);
    if (!bmp_bit(table::bmp_in_characters, code_point)) return code_point;
    const char32_t simplified = table::bmp_simplified[bmp_rank(table::bmp_in_characters, table::bmp_in_characters_rank, code_point)];
    return simplified != 0 ? simplified : other_character(code_point);
}

std::pair<std::size_t, std::size_t> TraditionalFolding::original_range(std::size_t begin, std::size_t end) const
{
    if (same_positions()) return {begin, end};
    const std::size_t original_size = origin_end.empty() ? 0 : origin_end.back();
    const std::size_t from = begin < origin_begin.size() ? origin_begin[begin] : original_size;
    const std::size_t to = end == 0 ? from : (end - 1 < origin_end.size() ? origin_end[end - 1] : original_size);
    return {from, std::max(from, to)};
}

std::size_t TraditionalFolding::folded_position(std::size_t original) const
{
    if (same_positions()) return original;
    return static_cast<std::size_t>(std::lower_bound(origin_begin.begin(), origin_begin.end(), original) - origin_begin.begin());
}

TraditionalFolding fold_traditional(std::u32string_view text)
{
    TraditionalFolding folding;
    folding.original_ = text;
    // Most drafts are Simplified and fold to themselves: until something folds, the text is read as its
    // own folding and nothing is written. Up to the first character that folds to another, it is.
    std::size_t first_folding = 0;
    while (first_folding < text.size() && fold_traditional_character(text[first_folding]) == text[first_folding]) ++first_folding;
    // The first position whose phrase search reads that character (kLongestPhrase ahead).
    const std::size_t fold_from = first_folding == text.size() ? text.size() : first_folding - std::min(first_folding, kLongestPhrase - 1);
    std::u32string& out = folding.folded_;
    const char32_t* folded = text.data();
    // Characters, each once: phrase keys are in Simplified characters, so phrases are then looked for
    // in the folded characters directly.
    auto fold_characters = [&] {
        folding.changed_ = true;
        out.resize(text.size());
        for (std::size_t i = 0; i < text.size(); ++i) out[i] = fold_traditional_character(text[i]);
        folded = out.data();
    };

    // Most texts have no phrase that changes the length: their phrases are written over their keys in
    // place. At the first one that does, the characters move to `characters` and the text is written
    // anew from there, with the positions it comes from (the stretch before, one to one).
    std::u32string characters;
    bool recording = false;
    auto record = [&](std::size_t begin, std::size_t end) {
        folding.origin_begin.push_back(begin);
        folding.origin_end.push_back(end);
    };
    std::size_t i = 0;
    while (i < text.size()) {
        if (!folding.changed_ && i >= fold_from) fold_characters();
        const auto run = phrases_starting_with(folded[i]);
        const table::Phrase* phrase =
            run.first == run.second ? nullptr : longest_phrase_at(run, folded + i, std::min(kLongestPhrase, text.size() - i));
        if (!phrase) {
            if (recording) {
                out.push_back(folded[i]);
                record(i, i + 1);
            }
            ++i;
            continue;
        }
        // No phrase of the table folds to itself (a phrase that did would only cost the view).
        if (!folding.changed_) fold_characters();
        const std::u16string_view value = value_of(*phrase);
        const bool one_to_one = value.size() == phrase->key_length;
        if (!one_to_one && !recording) {
            recording = true;
            characters.swap(out);
            folded = characters.data();
            out.assign(characters, 0, i);
            out.reserve(text.size());
            folding.origin_begin.reserve(text.size());
            folding.origin_end.reserve(text.size());
            for (std::size_t j = 0; j < i; ++j) record(j, j + 1);
        }
        for (std::size_t k = 0; k < value.size(); ++k) {
            if (!recording) {
                out[i + k] = value[k];
                continue;
            }
            out.push_back(value[k]);
            // Where lengths agree, each character comes from its own; otherwise from the whole phrase.
            record(one_to_one ? i + k : i, one_to_one ? i + k + 1 : i + phrase->key_length);
        }
        i += phrase->key_length;
    }
    return folding;
}

std::string fold_traditional_utf8(std::string_view utf8)
{
    return encode_utf8(fold_traditional(decode_code_points(utf8)).text());
}

} // namespace cw
