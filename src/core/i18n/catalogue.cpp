#include "core/i18n/catalogue.h"

namespace cw {

namespace embedded {
// assets/i18n/*.json with their zh-Hant texts, sorted by key, written by scripts/compile_catalogue.py
// (cmake/catalogue.cmake).
extern const CatalogueEntry catalogue_entries[];
extern const std::size_t catalogue_entry_count;
} // namespace embedded

const Translations& catalogue()
{
    static const Translations once(embedded::catalogue_entries, embedded::catalogue_entry_count);
    return once;
}

std::string catalogue_text(std::string_view key, Language language, std::initializer_list<std::string_view> values)
{
    return fill(catalogue().get(key, language), values);
}

std::string catalogue_count_text(std::string_view key, std::size_t count, Language language,
                                 std::initializer_list<std::string_view> values)
{
    if (count == 1) {
        const std::string one = std::string(key) + ".one";
        if (catalogue().contains(one)) return catalogue_text(one, language, values);
    }
    return catalogue_text(key, language, values);
}

} // namespace cw
