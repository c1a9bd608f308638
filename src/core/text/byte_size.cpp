#include "core/text/byte_size.h"

#include <cstdio>

namespace cw {

std::string describe_byte_size(std::size_t bytes)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.1f MB", static_cast<double>(bytes) / 1e6);
    return text;
}

} // namespace cw
