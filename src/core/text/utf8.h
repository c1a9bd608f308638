// UTF-8 decoding and encoding that never fails: every invalid sequence becomes U+FFFD and is reported.
//
// Drafts come from anywhere (pasted from a chat app, a PDF, a truncated download), so the decoder
// accepts any bytes. It follows the Unicode "maximal subpart" practice (the same as browsers'
// TextDecoder): each maximal prefix of a would-be sequence that cannot be completed counts as one error
// and one U+FFFD, so a stray byte never swallows the valid text after it.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace cw {

inline constexpr char32_t kReplacementCharacter = U'\uFFFD';

// One ill-formed stretch of the input: bytes [byte_offset, byte_offset + byte_length).
struct Utf8Error {
    std::size_t byte_offset = 0;
    std::size_t byte_length = 0;
    friend bool operator==(const Utf8Error&, const Utf8Error&) = default;
};

struct DecodedText {
    std::u32string code_points;           // the text, with U+FFFD where the input was ill-formed
    std::vector<std::size_t> byte_offsets; // byte_offsets[i]: where code_points[i] starts in the input
    std::vector<Utf8Error> errors;         // in input order; empty when the input was valid UTF-8
};

DecodedText decode_utf8(std::string_view bytes);
// decode_utf8's code points alone, for the many callers that need no offsets.
std::u32string decode_code_points(std::string_view bytes);

// One step of decode_utf8, for loops that read UTF-8 in place (width folding): the code point that
// starts at `offset` (< bytes.size()) and how many bytes it takes, or, where the bytes are ill-formed,
// U+FFFD for the maximal subpart, with valid false. Inline and table-driven: it runs once per
// non-ASCII character of a draft.
struct DecodeStep {
    char32_t code_point = 0;
    std::size_t length = 0;
    bool valid = false;
};
DecodeStep decode_utf8_step(std::string_view bytes, std::size_t offset);

// How many bytes from `offset` on are ASCII, read eight at a time.
std::size_t ascii_run_length(std::string_view bytes, std::size_t offset);

// One code point at a byte offset, for code that walks a text without decoding all of it (the editor's
// caret, clusters, layout). Unlike decode_utf8, every byte that does not start a complete, valid
// sequence is one U+FFFD of length 1, so each stray byte is a place the caret can stand.
struct CodePointAt {
    char32_t code_point = 0;
    std::size_t length = 0; // 0 only at or past the end of the text
};
CodePointAt decode_utf8_at(std::string_view bytes, std::size_t offset);

// The browser counts text in UTF-16 code units (a textarea's value, its selectionStart): the same place in
// the text, counted one way and the other. A code point past U+FFFF is two units; a UTF-16 offset inside
// one (or past the end) gives the byte offset after it.
std::size_t utf16_offset_of(std::string_view text, std::size_t byte_offset);
std::size_t byte_offset_of_utf16(std::string_view text, std::size_t utf16_offset);

// Appends the UTF-8 form of code_point; surrogates and values past U+10FFFF are written as U+FFFD.
void append_utf8(std::string& out, char32_t code_point);
std::string encode_utf8(std::u32string_view code_points);

namespace utf8_detail {

// How many continuation bytes a lead byte announces, and the range its first continuation byte must
// fall in. The narrowed ranges reject overlong forms (E0 80..9F, F0 80..8F), surrogates (ED A0..BF) and
// values past U+10FFFF (F4 90..BF) at the second byte, which is what makes the error "maximal subpart".
struct LeadByte {
    signed char continuation_count = -1; // -1: not a lead byte (80..BF, C0, C1, F5..FF)
    unsigned char second_min = 0x80;
    unsigned char second_max = 0xBF;
};

constexpr std::array<LeadByte, 256> make_lead_bytes()
{
    std::array<LeadByte, 256> table{};
    for (int byte = 0; byte < 0x80; ++byte) table[static_cast<std::size_t>(byte)] = {0, 0x80, 0xBF};
    for (int byte = 0xC2; byte <= 0xDF; ++byte) table[static_cast<std::size_t>(byte)] = {1, 0x80, 0xBF};
    for (int byte = 0xE1; byte <= 0xEF; ++byte) table[static_cast<std::size_t>(byte)] = {2, 0x80, 0xBF};
    table[0xE0] = {2, 0xA0, 0xBF};
    table[0xED] = {2, 0x80, 0x9F};
    for (int byte = 0xF1; byte <= 0xF3; ++byte) table[static_cast<std::size_t>(byte)] = {3, 0x80, 0xBF};
    table[0xF0] = {3, 0x90, 0xBF};
    table[0xF4] = {3, 0x80, 0x8F};
    return table;
}

inline constexpr std::array<LeadByte, 256> kLeadBytes = make_lead_bytes();

} // namespace utf8_detail

inline DecodeStep decode_utf8_step(std::string_view bytes, std::size_t offset)
{
    const auto lead = static_cast<unsigned char>(bytes[offset]);
    const utf8_detail::LeadByte info = utf8_detail::kLeadBytes[lead];
    if (info.continuation_count <= 0) {
        if (info.continuation_count == 0) return {lead, 1, true};
        return {kReplacementCharacter, 1, false};
    }
    char32_t value = lead & (0x3F >> info.continuation_count);
    std::size_t at = offset + 1;
    unsigned char min = info.second_min;
    unsigned char max = info.second_max;
    for (int k = 0; k < info.continuation_count; ++k) {
        if (at >= bytes.size()) return {kReplacementCharacter, at - offset, false};
        const auto next = static_cast<unsigned char>(bytes[at]);
        // The bytes read so far are the maximal subpart; the offending byte starts whatever comes next.
        if (next < min || next > max) return {kReplacementCharacter, at - offset, false};
        value = (value << 6) | (next & 0x3F);
        ++at;
        min = 0x80;
        max = 0xBF;
    }
    return {value, at - offset, true};
}

inline std::size_t ascii_run_length(std::string_view bytes, std::size_t offset)
{
    std::size_t at = offset;
    while (at + 8 <= bytes.size()) {
        std::uint64_t word;
        std::memcpy(&word, bytes.data() + at, 8);
        if (word & 0x8080808080808080ull) break;
        at += 8;
    }
    while (at < bytes.size() && static_cast<unsigned char>(bytes[at]) < 0x80) ++at;
    return at - offset;
}

} // namespace cw
