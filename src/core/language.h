// The languages the widget speaks, and text given in each of them.
#pragma once

#include <string>
#include <string_view>

namespace cw {

enum class Language { Chinese, English };

// "zh", "zh-CN", "zh-TW" → Chinese; anything else → English.
Language language_from_tag(std::string_view tag);
std::string_view language_tag(Language language);

// A text a campaign gives per language. A campaign may give only one language (an English-only
// campaign, say); text() then falls back to the other, so the widget never shows an empty label.
struct LocalizedText {
    std::string zh;
    std::string en;

    const std::string& text(Language language) const;
    bool empty() const { return zh.empty() && en.empty(); }
};

} // namespace cw
