// The words "Start from my notes" writes under a research step without notes, for the person to
// replace with their own view. One place for them: the outline writes them and the checker looks for
// them, so a draft still holding one is never called ready (by the widget, the CLI or the JS API).
#pragma once

#include "core/i18n/language.h"

#include <array>
#include <string_view>

namespace cw {

inline constexpr std::string_view kOutlinePlaceholderChinese = "（在这里写下你的看法）";
inline constexpr std::string_view kOutlinePlaceholderEnglish = "(write your view here)";

inline std::string_view outline_placeholder(Language language)
{
    return language == Language::Chinese ? kOutlinePlaceholderChinese : kOutlinePlaceholderEnglish;
}

// Every language's placeholder: an outline written in one interface language may be checked in another.
inline constexpr std::array<std::string_view, 2> kOutlinePlaceholders{kOutlinePlaceholderChinese, kOutlinePlaceholderEnglish};

} // namespace cw
