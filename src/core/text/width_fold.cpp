#include "core/text/width_fold.h"

#include "core/text/utf8.h"

namespace cw {

namespace {
constexpr char32_t kFullWidthFirst = 0xFF01; // ！ the full-width form of U+0021 !
constexpr char32_t kFullWidthLast = 0xFF5E;  // ～ the full-width form of U+007E ~
constexpr char32_t kFullWidthOffset = kFullWidthFirst - 0x21;
constexpr char32_t kIdeographicSpace = 0x3000;
constexpr std::string_view kReplacementUtf8 = "\xEF\xBF\xBD";
} // namespace

char32_t fold_width(char32_t code_point)
{
    if (code_point < kIdeographicSpace) return code_point; // most text: nothing to fold below U+3000
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

// Works on the bytes in place, never decoding the whole text: ASCII runs are skipped eight bytes at a
// time, valid characters that do not fold are copied as they are in stretches, and only a character
// that folds or ill-formed bytes (U+FFFD, as decode_utf8 reads them) break a stretch.
std::string fold_width_utf8(std::string_view utf8)
{
    std::string folded;
    folded.reserve(utf8.size());
    std::size_t copied = 0; // bytes [copied, at) are still to be copied as they are
    std::size_t at = 0;
    while (at < utf8.size()) {
        at += ascii_run_length(utf8, at);
        if (at >= utf8.size()) break;
        const DecodeStep step = decode_utf8_step(utf8, at);
        const char32_t folded_code_point = step.valid ? fold_width(step.code_point) : kReplacementCharacter;
        if (step.valid && folded_code_point == step.code_point) {
            at += step.length;
            continue;
        }
        folded.append(utf8.data() + copied, at - copied);
        if (step.valid) folded.push_back(static_cast<char>(folded_code_point)); // every fold ends in ASCII
        else folded.append(kReplacementUtf8);
        at += step.length;
        copied = at;
    }
    folded.append(utf8.data() + copied, utf8.size() - copied);
    return folded;
}

} // namespace cw
