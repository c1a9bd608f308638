#include "core/text/utf8.h"

#include "core/text/utf8_decode_loop.h"

namespace cw {

namespace {

// Every code point's offset, in a vector sized with the code points.
struct EveryOffset {
    std::vector<std::size_t>& offsets;
    void reserve(std::size_t capacity) { offsets.resize(capacity); }
    void record(std::size_t index, std::size_t byte_offset) { offsets[index] = byte_offset; }
    void record_ascii(std::size_t index, std::size_t byte_offset, std::size_t count)
    {
        for (std::size_t k = 0; k < count; ++k) offsets[index + k] = byte_offset + k;
    }
};

} // namespace

DecodedText decode_utf8(std::string_view bytes)
{
    DecodedText decoded;
    EveryOffset offsets{decoded.byte_offsets};
    utf8_detail::decode_utf8_into(bytes, decoded.code_points, decoded.errors, offsets);
    decoded.byte_offsets.resize(decoded.code_points.size());
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
