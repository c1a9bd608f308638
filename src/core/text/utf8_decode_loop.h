// The one loop that decodes UTF-8, for decode_utf8 (every code point's byte offset) and
// decode_utf8_compact (every 16th's): the decoding rules are written once, and the web build carries
// the loop once.
#pragma once

#include "core/text/utf8.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cw::utf8_detail {

// Decodes `bytes` into `code_points` (resized to fit) and `errors`, and keeps in `kept` the byte
// offsets of code points 0, stride, 2 * stride... (32 bits: no text decoded here is 4 GiB long).
void decode_utf8_into(std::string_view bytes, std::u32string& code_points, std::vector<Utf8Error>& errors,
                      std::vector<std::uint32_t>& kept, std::size_t stride);

} // namespace cw::utf8_detail
