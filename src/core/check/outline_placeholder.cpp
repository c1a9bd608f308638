#include "core/check/outline_placeholder.h"

#include "core/i18n/catalogue.h"

#include <array>

namespace cw {

namespace {

// One for each language the widget speaks, in the order of kLanguages.
constexpr std::array<Language, 3> kLanguages{Language::Chinese, Language::TraditionalChinese, Language::English};

const std::array<std::string_view, kLanguages.size()>& placeholders()
{
    static const std::array<std::string_view, kLanguages.size()> all{catalogue().get("outline.placeholder", kLanguages[0]),
                                                                     catalogue().get("outline.placeholder", kLanguages[1]),
                                                                     catalogue().get("outline.placeholder", kLanguages[2])};
    return all;
}

} // namespace

std::string_view outline_placeholder(Language language)
{
    for (std::size_t i = 0; i < kLanguages.size(); ++i) {
        if (kLanguages[i] == language) return placeholders()[i];
    }
    return placeholders().back();
}

const std::string_view* OutlinePlaceholders::begin() const
{
    return placeholders().data();
}

const std::string_view* OutlinePlaceholders::end() const
{
    return placeholders().data() + placeholders().size();
}

} // namespace cw
