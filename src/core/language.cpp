#include "core/language.h"

namespace cw {

Language language_from_tag(std::string_view tag)
{
    const bool chinese = tag.size() >= 2 && (tag[0] == 'z' || tag[0] == 'Z') && (tag[1] == 'h' || tag[1] == 'H') &&
                         (tag.size() == 2 || tag[2] == '-' || tag[2] == '_');
    return chinese ? Language::Chinese : Language::English;
}

std::string_view language_tag(Language language)
{
    return language == Language::Chinese ? "zh" : "en";
}

const std::string& LocalizedText::text(Language language) const
{
    const std::string& wanted = language == Language::Chinese ? zh : en;
    const std::string& other = language == Language::Chinese ? en : zh;
    return wanted.empty() ? other : wanted;
}

} // namespace cw
