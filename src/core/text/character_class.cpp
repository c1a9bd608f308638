#include "core/text/character_class.h"

namespace cw {

bool is_blank(char32_t c)
{
    return c == U' ' || c == U'\t' || c == U'\u3000' || c == U'\u1680' || (c >= 0x2000 && c <= 0x200A && c != 0x2007) ||
           c == U'\u205F';
}

bool is_cjk_letter(char32_t c)
{
    return (c >= 0x1100 && c <= 0x11FF) ||   // hangul jamo
           (c >= 0x3040 && c <= 0x30FF && c != 0x30FB) || // hiragana, katakana (not the middle dot)
           (c >= 0x3131 && c <= 0x318E) ||   // hangul compatibility jamo
           (c >= 0x3400 && c <= 0x4DBF) ||   // extension A
           (c >= 0x4E00 && c <= 0x9FFF) ||   // unified ideographs
           (c >= 0xAC00 && c <= 0xD7AF) ||   // hangul syllables
           (c >= 0xF900 && c <= 0xFAFF) ||   // compatibility ideographs
           (c >= 0xFF66 && c <= 0xFF9D) ||   // half-width katakana
           (c >= 0x20000 && c <= 0x3FFFF);   // supplementary ideographs
}

bool is_ideographic(char32_t c)
{
    return is_cjk_letter(c) ||
           (c >= 0x2E80 && c <= 0x2FFF) ||   // radicals
           (c >= 0x3000 && c <= 0x303F) ||   // CJK punctuation
           (c >= 0x3100 && c <= 0x33FF) ||   // bopomofo, enclosed and compatibility CJK
           (c >= 0xFE30 && c <= 0xFE4F) ||   // CJK compatibility forms
           (c >= 0xFF00 && c <= 0xFFEF) ||   // full-width forms: ，：！（）
           (c >= 0x2600 && c <= 0x27BF) ||   // symbols and dingbats, mostly emoji
           (c >= 0x1F000 && c <= 0x1FAFF);   // emoji and pictographs
}

bool is_word_letter(char32_t c)
{
    if (c < 0x80) return (c >= U'0' && c <= U'9') || (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || c == U'_';
    if (c == 0xAA || c == 0xB5 || c == 0xBA) return true;
    if (c >= 0xC0 && c <= 0x24F) return c != 0xD7 && c != 0xF7; // Latin-1 letters, Latin Extended A/B
    return (c >= 0x250 && c <= 0x2AF) ||     // IPA
           (c >= 0x370 && c <= 0x3FF && c != 0x37E && c != 0x387) || // Greek
           (c >= 0x400 && c <= 0x52F) ||     // Cyrillic
           (c >= 0x531 && c <= 0x587) ||     // Armenian
           (c >= 0x5D0 && c <= 0x5EA) ||     // Hebrew
           (c >= 0x620 && c <= 0x64A) || (c >= 0x660 && c <= 0x669) || // Arabic letters, digits
           (c >= 0x900 && c <= 0xDFF) ||     // Indic scripts
           (c >= 0xE00 && c <= 0xEFF) ||     // Thai, Lao
           (c >= 0x10A0 && c <= 0x10FF) ||   // Georgian
           (c >= 0x1E00 && c <= 0x1FFF) ||   // Latin Extended Additional, Greek Extended
           (c >= 0xFF10 && c <= 0xFF19) || (c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A); // full-width
}

bool is_closing_mark(char32_t c)
{
    switch (c) {
    case U'，': case U'。': case U'、': case U'；': case U'：': case U'！': case U'？': case U'）': case U'」':
    case U'』': case U'》': case U'〉': case U'】': case U'〕': case U'〗': case U'”': case U'’': case U'…':
    case U'‥': case U'·': case U'・': case U'～': case U'％': case U'．': case U'］': case U'｝':
    case U'%': case U',': case U'.': case U';': case U':': case U'!': case U'?': case U')': case U']':
    case U'}': case U'"': case U'\'':
        return true;
    default:
        return false;
    }
}

bool is_opening_mark(char32_t c)
{
    switch (c) {
    case U'（': case U'「': case U'『': case U'《': case U'〈': case U'【': case U'〔': case U'〖': case U'“':
    case U'‘': case U'［': case U'｛': case U'＄': case U'(': case U'[': case U'{': case U'$':
        return true;
    default:
        return false;
    }
}

} // namespace cw
