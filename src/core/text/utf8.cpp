#include "core/text/utf8.h"

namespace cw {

namespace {

// How many code points valid UTF-8 of these bytes holds: one per byte that is not a continuation byte.
// Ill-formed input may hold more (a stray continuation byte is one U+FFFD of its own).
std::size_t code_points_if_valid(std::string_view bytes)
{
    std::size_t count = 0;
    for (const char byte : bytes) count += (static_cast<unsigned char>(byte) & 0xC0) != 0x80;
    return count;
}

} // namespace

DecodedText decode_utf8(std::string_view bytes)
{
    DecodedText decoded;
    // Sized once for valid text and cut to size at the end: writing by index is several times faster
    // than push_back in this loop, and sizing for the worst case (all ASCII) zeroed three to twelve
    // bytes per byte of a Chinese draft that were never used.
    std::size_t capacity = code_points_if_valid(bytes);
    decoded.code_points.resize(capacity);
    decoded.byte_offsets.resize(capacity);
    char32_t* code_points = decoded.code_points.data();
    std::size_t* offsets = decoded.byte_offsets.data();
    std::size_t count = 0;

    std::size_t i = 0;
    while (i < bytes.size()) {
        if (count == capacity) { // only ill-formed input gets here: one code point per byte at most
            capacity = count + (bytes.size() - i);
            decoded.code_points.resize(capacity);
            decoded.byte_offsets.resize(capacity);
            code_points = decoded.code_points.data();
            offsets = decoded.byte_offsets.data();
        }
        const auto lead = static_cast<unsigned char>(bytes[i]);
        if (lead < 0x80) {
            code_points[count] = lead;
            offsets[count++] = i;
            ++i;
            continue;
        }
        // Three bytes whose lead byte allows any continuation (not E0, not ED): the CJK ideographs
        // and punctuation, most of a Chinese draft.
        if (lead >= 0xE1 && lead <= 0xEF && lead != 0xED && i + 2 < bytes.size()) {
            const auto second = static_cast<unsigned char>(bytes[i + 1]);
            const auto third = static_cast<unsigned char>(bytes[i + 2]);
            if ((second & 0xC0) == 0x80 && (third & 0xC0) == 0x80) {
                code_points[count] = static_cast<char32_t>(((lead & 0x0F) << 12) | ((second & 0x3F) << 6) | (third & 0x3F));
                offsets[count++] = i;
                i += 3;
                continue;
            }
        }
        const DecodeStep step = decode_utf8_step(bytes, i);
        code_points[count] = step.code_point;
        offsets[count++] = i;
        if (!step.valid) decoded.errors.push_back({i, step.length});
        i += step.length;
    }
    decoded.code_points.resize(count);
    decoded.byte_offsets.resize(count);
    return decoded;
}

CodePointAt decode_utf8_at(std::string_view bytes, std::size_t offset)
{
    if (offset >= bytes.size()) return {};
    const DecodeStep step = decode_utf8_step(bytes, offset);
    if (!step.valid) return {kReplacementCharacter, 1};
    return {step.code_point, step.length};
}

std::size_t utf16_offset_of(std::string_view text, std::size_t byte_offset)
{
    std::size_t units = 0;
    for (std::size_t at = 0; at < byte_offset && at < text.size();) {
        const CodePointAt next = decode_utf8_at(text, at);
        units += next.code_point > 0xFFFF ? 2 : 1;
        at += next.length;
    }
    return units;
}

std::size_t byte_offset_of_utf16(std::string_view text, std::size_t utf16_offset)
{
    std::size_t units = 0;
    std::size_t at = 0;
    while (units < utf16_offset && at < text.size()) {
        const CodePointAt next = decode_utf8_at(text, at);
        units += next.code_point > 0xFFFF ? 2 : 1;
        at += next.length;
    }
    return at;
}

void append_utf8(std::string& out, char32_t code_point)
{
    if ((code_point >= 0xD800 && code_point <= 0xDFFF) || code_point > 0x10FFFF) {
        code_point = kReplacementCharacter;
    }
    if (code_point < 0x80) {
        out.push_back(static_cast<char>(code_point));
    } else if (code_point < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (code_point >> 6)));
        out.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
    } else if (code_point < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (code_point >> 12)));
        out.push_back(static_cast<char>(0x80 | ((code_point >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (code_point >> 18)));
        out.push_back(static_cast<char>(0x80 | ((code_point >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((code_point >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
    }
}

std::string encode_utf8(std::u32string_view code_points)
{
    std::string out;
    out.reserve(code_points.size());
    for (char32_t c : code_points) append_utf8(out, c);
    return out;
}

} // namespace cw
