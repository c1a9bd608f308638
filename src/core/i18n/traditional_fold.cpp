#include "core/i18n/traditional_fold.h"

#include "core/i18n/traditional_fold_table.h"
#include "core/text/utf8.h"

#include <algorithm>

namespace cw {

namespace {

namespace table = traditional_fold_table;

std::u32string_view key_of(const table::Phrase& phrase)
{
    return {table::phrase_text + phrase.key_offset, phrase.key_length};
}

std::u32string_view value_of(const table::Phrase& phrase)
{
    return {table::phrase_text + phrase.value_offset, phrase.value_length};
}

// The table's phrases are a few characters long (OpenCC's longest Taiwan phrase has 8); longer ones
// are not looked for.
constexpr std::size_t kLongestPhrase = 12;

bool bmp_bit(const std::uint64_t* bits, char32_t c)
{
    return (bits[c / 64] >> (c % 64)) & 1;
}

bool starts_phrase(char32_t c)
{
    if (c < 0x10000 && !bmp_bit(table::bmp_starts_phrase, c)) return false;
    const table::Phrase* last = table::phrases + table::phrase_count;
    const table::Phrase* run = std::lower_bound(table::phrases, last, c, [](const table::Phrase& p, char32_t value) {
        return key_of(p).front() < value;
    });
    return run != last && key_of(*run).front() == c;
}

// The longest phrase whose key starts text at `at`, or nullptr. The phrases starting with one character
// are a short run of the sorted table.
const table::Phrase* phrase_at(std::u32string_view text, std::size_t at)
{
    const table::Phrase* first = table::phrases;
    const table::Phrase* last = table::phrases + table::phrase_count;
    const char32_t c = text[at];
    const table::Phrase* run = std::lower_bound(first, last, c, [](const table::Phrase& p, char32_t value) {
        return key_of(p).front() < value;
    });
    const table::Phrase* best = nullptr;
    for (; run != last && key_of(*run).front() == c; ++run) {
        const std::u32string_view key = key_of(*run);
        if (text.substr(at, key.size()) == key && (!best || key.size() > best->key_length)) best = run;
    }
    return best;
}

} // namespace

char32_t fold_traditional_character(char32_t code_point)
{
    if (code_point < 0x3400) return code_point; // below the CJK ideographs: nothing to fold
    if (code_point < 0x10000 && !bmp_bit(table::bmp_in_characters, code_point)) return code_point;
    const table::CharacterPair* first = table::characters;
    const table::CharacterPair* last = table::characters + table::character_count;
    const table::CharacterPair* found = std::lower_bound(first, last, code_point, [](const table::CharacterPair& pair, char32_t value) {
        return pair.traditional < value;
    });
    return found != last && found->traditional == code_point ? found->simplified : code_point;
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
    folding.text.reserve(text.size());
    // Positions are recorded only once a phrase changes the length (most texts have none); the
    // stretch before it is filled in then, one to one.
    bool recording = false;
    auto record = [&](std::size_t begin, std::size_t end) {
        folding.origin_begin.push_back(begin);
        folding.origin_end.push_back(end);
    };
    std::size_t i = 0;
    while (i < text.size()) {
        const char32_t c = fold_traditional_character(text[i]);
        const table::Phrase* phrase = nullptr;
        if (c >= 0x3400 && starts_phrase(c)) {
            // Phrase keys are in Simplified characters: fold the few characters a phrase could cover.
            char32_t window[kLongestPhrase] = {c};
            std::size_t length = 1;
            for (; length < kLongestPhrase && i + length < text.size(); ++length) window[length] = fold_traditional_character(text[i + length]);
            phrase = phrase_at(std::u32string_view(window, length), 0);
        }
        if (!phrase) {
            folding.text.push_back(c);
            if (recording) record(i, i + 1);
            ++i;
            continue;
        }
        const std::u32string_view value = value_of(*phrase);
        const bool one_to_one = value.size() == phrase->key_length;
        if (!one_to_one && !recording) {
            recording = true;
            folding.origin_begin.reserve(text.size());
            folding.origin_end.reserve(text.size());
            for (std::size_t j = 0; j < folding.text.size(); ++j) record(j, j + 1);
        }
        for (std::size_t k = 0; k < value.size(); ++k) {
            folding.text.push_back(value[k]);
            // Where lengths agree, each character comes from its own; otherwise from the whole phrase.
            if (recording) record(one_to_one ? i + k : i, one_to_one ? i + k + 1 : i + phrase->key_length);
        }
        i += phrase->key_length;
    }
    return folding;
}

std::string fold_traditional_utf8(std::string_view utf8)
{
    return encode_utf8(fold_traditional(decode_utf8(utf8).code_points).text);
}

} // namespace cw
