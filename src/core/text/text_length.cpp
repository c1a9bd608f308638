#include "core/text/text_length.h"

#include "core/text/utf8.h"

#include <algorithm>

namespace cw {

TextLength measure_text(std::u32string_view text)
{
    TextLength length;
    length.code_points = text.size();
    for (char32_t c : text) length.weighted += static_cast<std::size_t>(weight_of(c));
    return length;
}

TextLength measure_text_utf8(std::string_view utf8)
{
    // A slice at a time, so a 5 MB draft needs no 40 MB of decoded text at once. A slice never ends
    // right before a continuation byte that may belong to the sequence before it, and the decoder
    // starts afresh at any other byte, so the count is the one of decoding the whole text.
    constexpr std::size_t kSliceBytes = 64 * 1024;
    TextLength length;
    std::size_t start = 0;
    while (start < utf8.size()) {
        std::size_t end = std::min(utf8.size(), start + kSliceBytes);
        // A sequence has at most 3 continuation bytes: a 4th in a row starts nothing before it.
        for (int step = 0; step < 3 && end < utf8.size() && (static_cast<unsigned char>(utf8[end]) & 0xC0) == 0x80; ++step) ++end;
        const TextLength slice = measure_text(decode_code_points(utf8.substr(start, end - start)));
        length.code_points += slice.code_points;
        length.weighted += slice.weighted;
        start = end;
    }
    return length;
}

} // namespace cw
