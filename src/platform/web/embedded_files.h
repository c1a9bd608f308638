// Files the build puts into the binary (see scripts/embed_files.py and cmake/web.cmake).
//
// The browser build has no file system: a .data file fetched at run time would fail from file://, so the
// built-in campaign and the UI's texts travel inside the wasm module. Fonts do not: glyphs come from the
// browser's own fonts (canvas_glyphs.h).
#pragma once

#include <cstddef>
#include <string_view>

namespace cw {

struct EmbeddedFile {
    const unsigned char* data;
    std::size_t size;

    std::string_view text() const { return {reinterpret_cast<const char*>(data), size}; }
};

namespace embedded {
extern const EmbeddedFile default_campaign; // assets/campaigns/obol.json
extern const EmbeddedFile i18n[];           // assets/i18n/*.json: the UI's texts in Chinese and English
extern const std::size_t i18n_count;
} // namespace embedded

} // namespace cw
