// A decoded text that keeps the byte offset of every 16th code point only, for the checker's view of a
// draft: a draft of 1 MiB holds up to a million code points, and an offset for each (8 bytes, twice
// the code point's own 4) was most of the memory a check touched. A rule asks for offsets only where it
// reports something, so finding one takes a few steps from the nearest kept offset instead.
//
// The offsets are those decode_utf8 gives (ill-formed bytes counted as it counts them), and 32 bits
// wide: a checked draft is at most a few MiB.
#pragma once

#include "core/text/utf8.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cw {

class CodePointOffsets {
public:
    static constexpr std::size_t kStride = 16;

    CodePointOffsets() = default;
    // `bytes` must outlive this; `kept[k]` is where code point k * kStride starts.
    CodePointOffsets(std::string_view bytes, std::size_t code_points, std::vector<std::uint32_t> kept);

    // Where code point `index` starts in the bytes; the bytes' size at or past the last.
    std::size_t byte_offset(std::size_t index) const;

private:
    std::string_view bytes_;
    std::size_t code_points_ = 0;
    std::vector<std::uint32_t> kept_;
};

// decode_utf8's code points and errors, with the byte offsets kept sparsely.
struct CompactDecodedText {
    std::u32string code_points;
    CodePointOffsets offsets; // a view of the decoded bytes: they must outlive this
    std::vector<Utf8Error> errors;
};

CompactDecodedText decode_utf8_compact(std::string_view bytes);

} // namespace cw
