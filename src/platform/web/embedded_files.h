// Files the build puts into the binary (see scripts/embed_files.py and cmake/web.cmake).
//
// The browser build has no file system: a .data file fetched at run time would fail from file://, so the
// fonts and the built-in campaign travel inside the wasm module.
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
extern const EmbeddedFile latin_font;       // Noto Sans, subset (scripts/subset_fonts.py)
extern const EmbeddedFile cjk_font;         // Droid Sans Fallback, subset to GB2312 and the campaigns' text
extern const EmbeddedFile default_campaign; // assets/campaigns/obol.json
extern const EmbeddedFile i18n[];           // assets/i18n/*.json: the UI's texts in Chinese and English
extern const std::size_t i18n_count;
} // namespace embedded

} // namespace cw
