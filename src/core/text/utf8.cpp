#include "core/text/utf8.h"

#include "core/text/utf8_decode_loop.h"

#include <algorithm>

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

// Keeps the byte offset of every stride-th code point, counting down to the next one kept.
class KeptOffsets {
public:
    KeptOffsets(std::vector<std::uint32_t>& kept, std::size_t stride) : kept_(kept), stride_(stride) {}

    void reserve(std::size_t code_points) { kept_.reserve(code_points / stride_ + 1); }
    void record(std::size_t byte_offset)
    {
        if (until_kept_ == 0) {
            kept_.push_back(static_cast<std::uint32_t>(byte_offset));
            until_kept_ = stride_;
        }
        --until_kept_;
    }
    // A run of `count` one-byte code points from `byte_offset` on.
    void record_ascii(std::size_t byte_offset, std::size_t count)
    {
        for (std::size_t k = until_kept_; k < count; k += stride_) kept_.push_back(static_cast<std::uint32_t>(byte_offset + k));
        until_kept_ = until_kept_ >= count ? until_kept_ - count : (stride_ - (count - until_kept_) % stride_) % stride_;
    }

private:
    std::vector<std::uint32_t>& kept_;
    std::size_t stride_;
    std::size_t until_kept_ = 0; // code points before the next one kept
};

} // namespace

void utf8_detail::decode_utf8_into(std::string_view bytes, std::u32string& code_points_out, std::vector<Utf8Error>& errors,
                                   std::vector<std::uint32_t>& kept, std::size_t stride)
{
    KeptOffsets offsets(kept, stride);
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
            offsets.record_ascii(i, run);
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
                code_points[count++] = static_cast<char32_t>(((lead & 0x0F) << 12) | ((second & 0x3F) << 6) | (third & 0x3F));
                offsets.record(i);
                i += 3;
                continue;
            }
        }
        const DecodeStep step = decode_utf8_step(bytes, i);
        code_points[count++] = step.code_point;
        offsets.record(i);
        if (!step.valid) errors.push_back({i, step.length});
        i += step.length;
    }
    code_points_out.resize(count);
}

DecodedText decode_utf8(std::string_view bytes)
{
    DecodedText decoded;
    std::vector<std::uint32_t> offsets;
    utf8_detail::decode_utf8_into(bytes, decoded.code_points, decoded.errors, offsets, 1);
    decoded.byte_offsets.assign(offsets.begin(), offsets.end());
    return decoded;
}

std::u32string decode_code_points(std::string_view bytes)
{
    std::u32string code_points;
    std::vector<Utf8Error> errors;
    std::vector<std::uint32_t> first_offset;
    // A stride past the last code point keeps only the first offset.
    utf8_detail::decode_utf8_into(bytes, code_points, errors, first_offset, bytes.size() + 1);
    return code_points;
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
