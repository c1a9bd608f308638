// The words "Start from my notes" writes under a research step without notes, for the person to
// replace with their own view ("outline.placeholder" in the catalogue). The outline writes them and the
// checker looks for them, so a draft still holding one is never called ready (by the widget, the CLI or
// the JS API).
#pragma once

#include "core/i18n/language.h"

#include <string_view>

namespace cw {

// The placeholder in the person's language: Simplified, Traditional (在這裡…) or English.
std::string_view outline_placeholder(Language language);

// Every language's placeholder, to look for: an outline written in one interface language may be
// checked in another. Read from the catalogue on first use; a range (for (std::string_view p : …)).
struct OutlinePlaceholders {
    const std::string_view* begin() const;
    const std::string_view* end() const;
};
inline constexpr OutlinePlaceholders kOutlinePlaceholders{};

} // namespace cw
