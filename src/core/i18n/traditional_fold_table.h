// The Traditional → Simplified tables that traditional_fold.cpp reads, generated at build time from
// OpenCC's dictionaries by scripts/make_traditional_folding.py (see there for what goes in).
//
// Laid out for a lookup in constant time and few bytes (the wasm carries them): a BMP character's
// folding is found by its bit in a bitmap and that bit's rank (the word's rank plus a popcount), which
// indexes the Simplified characters stored in the Traditional ones' order; the same for the run of
// phrases a character starts.
#pragma once

#include <cstddef>
#include <cstdint>

namespace cw::traditional_fold_table {

struct CharacterPair {
    char32_t traditional;
    char32_t simplified;
};

// A phrase: its key (in Simplified characters) is phrase_text[text_offset, + key_length), its value
// the value_length characters right after.
struct Phrase {
    std::uint16_t text_offset;
    std::uint8_t key_length;
    std::uint8_t value_length;
};

// One bit per BMP character (bit c % 64 of word c / 64), and for each word the bits set before it.
extern const std::uint64_t bmp_in_characters[1024];      // folds to another character
extern const std::uint16_t bmp_in_characters_rank[1024];
extern const std::uint16_t bmp_simplified[];              // by rank in bmp_in_characters; 0: see other_characters
extern const CharacterPair other_characters[];            // past U+FFFF on either side, sorted by traditional
extern const std::size_t other_character_count;

extern const char16_t phrase_text[];
extern const Phrase phrases[]; // sorted by key
extern const std::size_t phrase_count;
extern const std::uint64_t bmp_starts_phrase[1024];       // the first character of some phrase key
extern const std::uint16_t bmp_starts_phrase_rank[1024];
extern const std::uint16_t phrase_runs[];                 // by rank in bmp_starts_phrase: its run's first phrase; one more at the end
extern const std::size_t longest_phrase; // code points

} // namespace cw::traditional_fold_table
