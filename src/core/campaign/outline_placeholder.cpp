#include "core/campaign/outline_placeholder.h"

#include "core/i18n/catalogue.h"

#include <array>

namespace cw {

namespace {

const std::array<std::string_view, 2>& placeholders()
{
    static const std::array<std::string_view, 2> both{catalogue().get("outline.placeholder", Language::Chinese),
                                                      catalogue().get("outline.placeholder", Language::English)};
    return both;
}

} // namespace

std::string_view outline_placeholder(Language language)
{
    return placeholders()[language == Language::Chinese ? 0 : 1];
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
