// How deep a JSON text nests, found without parsing it.
//
// nlohmann/json parses deep nesting without recursion, but printing, copying or comparing a value
// recurses once per level: a file of 100,000 nested arrays overflows the stack (the browser's too).
// Loaders of text from other people scan it with this first and refuse what nests too deep.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace cw {

// The byte offset of the first '[' or '{' that opens level max_depth + 1, outside strings; nullopt
// when the text never nests deeper than max_depth. Linear, no allocation; the text need not be valid
// JSON (the parser judges that afterwards).
std::optional<std::size_t> find_nesting_deeper_than(std::string_view json_text, std::size_t max_depth);

} // namespace cw
