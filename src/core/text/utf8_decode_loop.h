// The one loop that decodes UTF-8 for decode_utf8 (every code point's byte offset) and
// decode_utf8_compact (every 16th's): what differs is only where the offsets go, so each passes a
// recorder of its own and the decoding rules stay written once.
#pragma once

#include "core/text/utf8.h"

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace cw::utf8_detail {

// How many code points valid UTF-8 of these bytes holds: one per byte that is not a continuation byte.
// Ill-formed input may hold more (a stray continuation byte is one U+FFFD of its own).
inline std::size_t code_points_if_valid(std::string_view bytes)
{
    std::size_t count = 0;
    for (const char byte : bytes) count += (static_cast<unsigned char>(byte) & 0xC0) != 0x80;
    return count;
}

// Decodes `bytes` into `code_points` (resized to fit) and `errors`; calls offsets.reserve(capacity)
// whenever the capacity grows, and, in order, offsets.record(index, byte_offset) for a code point or
// offsets.record_ascii(index, byte_offset, count) for a run of ASCII (code point index + k at byte
// byte_offset + k).
template <class OffsetRecorder>
void decode_utf8_into(std::string_view bytes, std::u32string& code_points_out, std::vector<Utf8Error>& errors,
                      OffsetRecorder& offsets)
{
    // Sized once for valid text and cut to size at the end: writing by index is several times faster
    // than push_back in this loop, and sizing for the worst case (all ASCII) zeroed three to twelve
    // bytes per byte of a Chinese draft that were never used.
    std::size_t capacity = code_points_if_valid(bytes);
    code_points_out.resize(capacity);
    offsets.reserve(capacity);
    char32_t* code_points = code_points_out.data();
    std::size_t count = 0;

    std::size_t i = 0;
    while (i < bytes.size()) {
        if (count == capacity) { // only ill-formed input gets here: one code point per byte at most
            capacity = count + (bytes.size() - i);
            code_points_out.resize(capacity);
            offsets.reserve(capacity);
            code_points = code_points_out.data();
        }
        const auto lead = static_cast<unsigned char>(bytes[i]);
        if (lead < 0x80) {
            // A run of ASCII at once: most code points of a draft, even of a Chinese one (links, tickers,
            // English), and a loop the compiler widens several bytes at a time.
            const std::size_t run = std::min(ascii_run_length(bytes, i), capacity - count);
            for (std::size_t k = 0; k < run; ++k) code_points[count + k] = static_cast<unsigned char>(bytes[i + k]);
            offsets.record_ascii(count, i, run);
            count += run;
            i += run;
            continue;
        }
        // Three bytes whose lead byte allows any continuation (not E0, not ED): the CJK ideographs
        // and punctuation, most of a Chinese draft.
        if (lead >= 0xE1 && lead <= 0xEF && lead != 0xED && i + 2 < bytes.size()) {
            const auto second = static_cast<unsigned char>(bytes[i + 1]);
            const auto third = static_cast<unsigned char>(bytes[i + 2]);
            if ((second & 0xC0) == 0x80 && (third & 0xC0) == 0x80) {
                code_points[count] = static_cast<char32_t>(((lead & 0x0F) << 12) | ((second & 0x3F) << 6) | (third & 0x3F));
                offsets.record(count++, i);
                i += 3;
                continue;
            }
        }
        const DecodeStep step = decode_utf8_step(bytes, i);
        code_points[count] = step.code_point;
        offsets.record(count++, i);
        if (!step.valid) errors.push_back({i, step.length});
        i += step.length;
    }
    code_points_out.resize(count);
}

} // namespace cw::utf8_detail
