// How the checker's messages are written: a Simplified and an English text side by side,
//   pick(language, "找到 {0}。", "Found {0}.")
// and Traditional Chinese read from the Simplified text converted at build time (traditional_texts.h;
// the build finds every pick(language, "…" in src/core and src/cli).
#pragma once

#include "core/i18n/language.h"
#include "core/i18n/traditional_texts.h"

#include <string_view>

namespace cw::messages {

inline std::string_view pick(Language language, std::string_view zh, std::string_view en)
{
    if (language == Language::TraditionalChinese) return traditional_text(zh);
    return language == Language::Chinese ? zh : en;
}

} // namespace cw::messages
