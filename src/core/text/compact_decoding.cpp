#include "core/text/compact_decoding.h"

#include "core/text/utf8_decode_loop.h"

#include <algorithm>

namespace cw {

namespace {

// Keeps every kStride-th code point's offset.
struct EveryStrideOffset {
    std::vector<std::uint32_t>& kept;
    void reserve(std::size_t capacity) { kept.reserve(capacity / CodePointOffsets::kStride + 1); }
    void record(std::size_t index, std::size_t byte_offset)
    {
        if (index % CodePointOffsets::kStride == 0) kept.push_back(static_cast<std::uint32_t>(byte_offset));
    }
    void record_ascii(std::size_t index, std::size_t byte_offset, std::size_t count)
    {
        constexpr std::size_t stride = CodePointOffsets::kStride;
        for (std::size_t kept_index = (index + stride - 1) / stride * stride; kept_index < index + count; kept_index += stride) {
            kept.push_back(static_cast<std::uint32_t>(byte_offset + (kept_index - index)));
        }
    }
};

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

std::size_t CodePointOffsets::code_point_at(std::size_t byte) const
{
    if (kept_.empty() || byte <= kept_.front()) return 0;
    // The last kept offset at or before `byte`, then code point by code point.
    const auto after = std::upper_bound(kept_.begin(), kept_.end(), byte);
    std::size_t index = static_cast<std::size_t>(after - kept_.begin() - 1) * kStride;
    std::size_t at = *(after - 1);
    while (at < byte && index < code_points_) {
        at += length_at(bytes_, at);
        ++index;
    }
    return index;
}

CompactDecodedText decode_utf8_compact(std::string_view bytes)
{
    CompactDecodedText decoded;
    std::vector<std::uint32_t> kept;
    EveryStrideOffset offsets{kept};
    utf8_detail::decode_utf8_into(bytes, decoded.code_points, decoded.errors, offsets);
    decoded.offsets = CodePointOffsets(bytes, decoded.code_points.size(), std::move(kept));
    return decoded;
}

} // namespace cw
