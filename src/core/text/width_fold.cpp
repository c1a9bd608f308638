#include "core/text/width_fold.h"

#include "core/text/utf8.h"

namespace cw {

namespace {
constexpr char32_t kFullWidthFirst = 0xFF01; // ！ the full-width form of U+0021 !
constexpr char32_t kFullWidthLast = 0xFF5E;  // ～ the full-width form of U+007E ~
constexpr char32_t kFullWidthOffset = kFullWidthFirst - 0x21;
constexpr char32_t kIdeographicSpace = 0x3000;
} // namespace

char32_t fold_width(char32_t code_point)
{
    if (code_point >= kFullWidthFirst && code_point <= kFullWidthLast) return code_point - kFullWidthOffset;
    if (code_point == kIdeographicSpace) return U' ';
    return code_point;
}

std::u32string fold_width(std::u32string_view text)
{
    std::u32string folded(text);
    for (char32_t& c : folded) c = fold_width(c);
    return folded;
}

std::string fold_width_utf8(std::string_view utf8)
{
    return encode_utf8(fold_width(decode_utf8(utf8).code_points));
}

} // namespace cw
