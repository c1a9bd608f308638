// The languages the widget speaks, and text given in each of them.
#pragma once

#include <string>
#include <string_view>

namespace cw {

// Chinese is Simplified Chinese ("zh"); TraditionalChinese is "zh-Hant", in Taiwan phrasing.
enum class Language { Chinese, English, TraditionalChinese };

// Either script of Chinese: the checks read Chinese keywords, 字 counts and Chinese punctuation for both.
inline bool is_chinese(Language language)
{
    return language != Language::English;
}

// "zh", "zh-CN", "zh-Hans", "zh-SG" → Chinese; "zh-Hant", "zh-TW", "zh-HK", "zh-MO" (and their longer
// forms, "zh-Hant-TW") → TraditionalChinese; anything else → English.
Language language_from_tag(std::string_view tag);
std::string_view language_tag(Language language); // "zh", "zh-Hant", "en"

// A text a campaign gives per language. A campaign may give only one language (an English-only
// campaign, say); text() then falls back to the other, so the widget never shows an empty label.
// zh_hant is optional everywhere: the build converts the Simplified texts it knows (OpenCC), a
// campaign may give its own, and where there is neither, Traditional Chinese reads the Simplified text.
struct LocalizedText {
    std::string zh;
    std::string en;
    std::string zh_hant;

    const std::string& text(Language language) const;
    bool empty() const { return zh.empty() && en.empty() && zh_hant.empty(); }
};

} // namespace cw
