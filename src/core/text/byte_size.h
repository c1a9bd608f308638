// A size in bytes as people read it in messages: "10.0 MB" (decimal megabytes, one decimal).
#pragma once

#include <cstddef>
#include <string>

namespace cw {

std::string describe_byte_size(std::size_t bytes);

} // namespace cw
