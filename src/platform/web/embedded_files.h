// Files the browser build puts into the binary (see scripts/embed_files.py and cmake/web.cmake).
//
// The browser build has no file system: a .data file fetched at run time would fail from file://, so the
// UI's texts travel inside the wasm module, with the built-in campaign (core/campaign/builtin_campaign.h).
// Fonts do not: glyphs come from the browser's own fonts (canvas_glyphs.h).
#pragma once

#include "core/embedded_file.h"

#include <cstddef>

namespace cw::embedded {
extern const EmbeddedFile i18n[]; // assets/i18n/*.json: the UI's texts in Chinese and English
extern const std::size_t i18n_count;
} // namespace cw::embedded
