// How the checker's messages are written: a Simplified and an English text side by side,
//   pick(language, "找到 {0}。", "Found {0}.")
// and Traditional Chinese read from the Simplified text converted at build time (traditional_texts.h;
// the build finds every pick(language, "…" in src/core and src/cli).
#pragma once

#include "core/i18n/language.h"
#include "core/i18n/traditional_texts.h"

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace cw::messages {

inline std::string_view pick(Language language, std::string_view zh, std::string_view en)
{
    if (language == Language::TraditionalChinese) return traditional_text(zh);
    return language == Language::Chinese ? zh : en;
}

// Fills "{0}", "{1}" … with the arguments by position, because Chinese and English order them
// differently.
std::string fill_numbered(std::string_view pattern, std::initializer_list<std::string_view> arguments);

// "a、b、c" or "a, b, c".
std::string join(const std::vector<std::string>& parts, Language language);

} // namespace cw::messages
