#include "core/text/utf8.h"

namespace cw {

namespace {

// How many continuation bytes a lead byte announces, and the range its first continuation byte must
// fall in. The narrowed ranges reject overlong forms (E0 80..9F, F0 80..8F), surrogates (ED A0..BF) and
// values past U+10FFFF (F4 90..BF) at the second byte, which is what makes the error "maximal subpart".
struct LeadByte {
    int continuation_count = -1; // -1: not a lead byte
    unsigned char second_min = 0x80;
    unsigned char second_max = 0xBF;
};

LeadByte classify_lead_byte(unsigned char byte)
{
    if (byte >= 0xC2 && byte <= 0xDF) return {1, 0x80, 0xBF};
    if (byte == 0xE0) return {2, 0xA0, 0xBF};
    if (byte >= 0xE1 && byte <= 0xEC) return {2, 0x80, 0xBF};
    if (byte == 0xED) return {2, 0x80, 0x9F};
    if (byte >= 0xEE && byte <= 0xEF) return {2, 0x80, 0xBF};
    if (byte == 0xF0) return {3, 0x90, 0xBF};
    if (byte >= 0xF1 && byte <= 0xF3) return {3, 0x80, 0xBF};
    if (byte == 0xF4) return {3, 0x80, 0x8F};
    return {}; // 80..BF (a lone continuation byte), C0, C1, F5..FF
}

} // namespace

DecodedText decode_utf8(std::string_view bytes)
{
    DecodedText decoded;
    // Sized for the worst case (all ASCII) and cut to size at the end: writing by index is several
    // times faster than push_back in this loop.
    decoded.code_points.resize(bytes.size());
    decoded.byte_offsets.resize(bytes.size());
    char32_t* code_points = decoded.code_points.data();
    std::size_t* offsets = decoded.byte_offsets.data();
    std::size_t count = 0;

    std::size_t i = 0;
    while (i < bytes.size()) {
        const std::size_t start = i;
        const auto lead = static_cast<unsigned char>(bytes[i]);
        if (lead < 0x80) {
            code_points[count] = lead;
            offsets[count++] = start;
            ++i;
            continue;
        }

        const LeadByte info = classify_lead_byte(lead);
        if (info.continuation_count < 0) {
            code_points[count] = kReplacementCharacter;
            offsets[count++] = start;
            decoded.errors.push_back({start, 1});
            ++i;
            continue;
        }

        char32_t value = lead & (0x3F >> info.continuation_count);
        ++i;
        bool complete = true;
        for (int k = 0; k < info.continuation_count; ++k) {
            const unsigned char min = (k == 0) ? info.second_min : 0x80;
            const unsigned char max = (k == 0) ? info.second_max : 0xBF;
            if (i >= bytes.size()) { complete = false; break; }
            const auto next = static_cast<unsigned char>(bytes[i]);
            if (next < min || next > max) { complete = false; break; }
            value = (value << 6) | (next & 0x3F);
            ++i;
        }

        offsets[count] = start;
        if (complete) {
            code_points[count++] = value;
        } else {
            // The bytes consumed so far form the maximal subpart; the offending byte is read again as
            // the start of whatever comes next.
            code_points[count++] = kReplacementCharacter;
            decoded.errors.push_back({start, i - start});
        }
    }
    decoded.code_points.resize(count);
    decoded.byte_offsets.resize(count);
    return decoded;
}

CodePointAt decode_utf8_at(std::string_view bytes, std::size_t offset)
{
    if (offset >= bytes.size()) return {};
    const auto lead = static_cast<unsigned char>(bytes[offset]);
    if (lead < 0x80) return {lead, 1};
    const LeadByte info = classify_lead_byte(lead);
    if (info.continuation_count < 0 || bytes.size() - offset <= static_cast<std::size_t>(info.continuation_count)) {
        return {kReplacementCharacter, 1};
    }
    char32_t value = lead & (0x3F >> info.continuation_count);
    for (int k = 0; k < info.continuation_count; ++k) {
        const auto next = static_cast<unsigned char>(bytes[offset + 1 + static_cast<std::size_t>(k)]);
        const unsigned char min = (k == 0) ? info.second_min : 0x80;
        const unsigned char max = (k == 0) ? info.second_max : 0xBF;
        if (next < min || next > max) return {kReplacementCharacter, 1};
        value = (value << 6) | (next & 0x3F);
    }
    return {value, static_cast<std::size_t>(info.continuation_count) + 1};
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
