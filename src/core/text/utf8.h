// UTF-8 decoding and encoding that never fails: every invalid sequence becomes U+FFFD and is reported.
//
// Drafts come from anywhere (pasted from a chat app, a PDF, a truncated download), so the decoder
// accepts any bytes. It follows the Unicode "maximal subpart" practice (the same as browsers'
// TextDecoder): each maximal prefix of a would-be sequence that cannot be completed counts as one error
// and one U+FFFD, so a stray byte never swallows the valid text after it.
#pragma once

#include <cstddef>
#include <cstdint>
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

} // namespace cw
