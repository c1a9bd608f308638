// A file the build puts into the binary as bytes (scripts/embed_files.py writes the definitions; the
// code that uses a file declares it): the built-in campaign (campaign/builtin_campaign.h). No file
// system is needed to read one, so the CLI works from any directory and the widget from file://.
#pragma once

#include <cstddef>
#include <string_view>

namespace cw {

struct EmbeddedFile {
    const unsigned char* data;
    std::size_t size;
    const char* name; // the file's name, without its folder ("common.json"), for messages

    std::string_view text() const { return {reinterpret_cast<const char*>(data), size}; }
};

} // namespace cw
