#include "core/i18n/language.h"

#include "core/text/ascii.h"

namespace cw {

Language language_from_tag(std::string_view tag)
{
    const bool chinese = tag.size() >= 2 && equal_ignoring_ascii_case(tag.substr(0, 2), "zh") &&
                         (tag.size() == 2 || tag[2] == '-' || tag[2] == '_');
    if (!chinese) return Language::English;
    // The subtag after "zh": a script (Hant, Hans) or a region (TW, HK, MO use Traditional characters).
    std::string_view next = tag.size() > 3 ? tag.substr(3) : std::string_view();
    next = next.substr(0, next.find_first_of("-_"));
    for (std::string_view traditional : {"hant", "tw", "hk", "mo"}) {
        if (equal_ignoring_ascii_case(next, traditional)) return Language::TraditionalChinese;
    }
    return Language::Chinese;
}

std::string_view language_tag(Language language)
{
    switch (language) {
    case Language::Chinese: return "zh";
    case Language::TraditionalChinese: return "zh-Hant";
    case Language::English: break;
    }
    return "en";
}

const std::string& LocalizedText::text(Language language) const
{
    if (language == Language::TraditionalChinese && !zh_hant.empty()) return zh_hant;
    const std::string& wanted = is_chinese(language) ? zh : en;
    const std::string& other = is_chinese(language) ? en : zh;
    return wanted.empty() ? other : wanted;
}

} // namespace cw
