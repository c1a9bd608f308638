#include "core/text/compact_decoding.h"

#include "core/text/utf8_decode_loop.h"

#include <utility>

namespace cw {

namespace {

// How many bytes the code point at `at` takes, counted as decode_utf8 counts it.
std::size_t length_at(std::string_view bytes, std::size_t at)
{
    return static_cast<unsigned char>(bytes[at]) < 0x80 ? 1 : decode_utf8_step(bytes, at).length;
}

} // namespace

CodePointOffsets::CodePointOffsets(std::string_view bytes, std::size_t code_points, std::vector<std::uint32_t> kept)
    : bytes_(bytes), code_points_(code_points), kept_(std::move(kept))
{
}

std::size_t CodePointOffsets::byte_offset(std::size_t index) const
{
    if (index >= code_points_) return bytes_.size();
    std::size_t at = kept_[index / kStride];
    for (std::size_t step = index % kStride; step > 0; --step) at += length_at(bytes_, at);
    return at;
}

CompactDecodedText decode_utf8_compact(std::string_view bytes)
{
    CompactDecodedText decoded;
    std::vector<std::uint32_t> kept;
    utf8_detail::decode_utf8_into(bytes, decoded.code_points, decoded.errors, kept, CodePointOffsets::kStride);
    decoded.offsets = CodePointOffsets(bytes, decoded.code_points.size(), std::move(kept));
    return decoded;
}

} // namespace cw
