// The Traditional → Simplified tables that traditional_fold.cpp reads, generated at build time from
// OpenCC's dictionaries by scripts/make_traditional_folding.py (see there for what goes in).
#pragma once

#include <cstddef>
#include <cstdint>

namespace cw::traditional_fold_table {

struct CharacterPair {
    char32_t traditional;
    char32_t simplified;
};

// A phrase: key and value are stretches of phrase_text, the key in Simplified characters.
struct Phrase {
    std::uint32_t key_offset;
    std::uint32_t key_length;
    std::uint32_t value_offset;
    std::uint32_t value_length;
};

extern const CharacterPair characters[]; // sorted by traditional
extern const std::size_t character_count;
extern const char32_t phrase_text[];
extern const Phrase phrases[]; // sorted by key
extern const std::size_t phrase_count;
extern const std::size_t longest_phrase; // code points
// One bit per BMP character (bit c % 64 of word c / 64): in `characters`, or the first of a phrase key.
extern const std::uint64_t bmp_in_characters[1024];
extern const std::uint64_t bmp_starts_phrase[1024];

} // namespace cw::traditional_fold_table
