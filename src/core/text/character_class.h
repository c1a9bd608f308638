// What the editor needs to know about a code point to move by words and break rows: blank, a letter of
// a word, a CJK character, punctuation that must not start or end a row. Coarse ranges, not the full
// Unicode tables: enough for Chinese and English drafts and harmless for the rest.
#pragma once

#include <array>
#include <utility>

namespace cw {

// Space, tab, the ideographic space and the other Unicode spaces (not '\n', not the no-break space,
// which must keep its neighbours together).
bool is_blank(char32_t c);

// Format characters that draw nothing and are easily pasted along unseen: the zero-width space and
// joiners, the word joiner, the byte order mark, the soft hyphen, direction marks and embeddings.
// Inline, with ASCII and CJK answered first: the link scanner asks at the end of every run of text.
inline bool is_invisible_format(char32_t c)
{
    if (c < 0x00AD || (c > 0x2069 && c != 0xFEFF)) return false;
    return c == 0x00AD || c == 0x180E || (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2060 && c <= 0x2064) || (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF;
}

// The same characters as ranges (first, last), for code that marks them all (keyword_index.cpp) rather
// than asks of one; a unit test holds the two to the same set.
inline constexpr std::array<std::pair<char32_t, char32_t>, 7> kInvisibleFormatRanges{{
    {0x00AD, 0x00AD}, {0x180E, 0x180E}, {0x200B, 0x200F}, {0x202A, 0x202E}, {0x2060, 0x2064}, {0x2066, 0x2069}, {0xFEFF, 0xFEFF},
}};

// ASCII letters, digits and '_': what bounds a word the keyword search matches (keyword_index.h), so
// that "$OBOL" is not found in "$OBOLX".
inline bool is_ascii_word_character(char32_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// Ideographs, kana and hangul: scripts written without spaces between words.
bool is_cjk_letter(char32_t c);

// A character a row may break before or after, like an ideograph (UAX #14's ID class, roughly): the CJK
// letters, CJK punctuation and full-width forms, and emoji.
bool is_ideographic(char32_t c);

// Letters and digits of space-separated scripts (Latin, Greek, Cyrillic, …) and '_'.
bool is_word_letter(char32_t c);

// Marks that must not start a row (，。！？、）」》… and their ASCII kin).
bool is_closing_mark(char32_t c);
// Marks that must not end a row (（「《“ and their ASCII kin).
bool is_opening_mark(char32_t c);

} // namespace cw
