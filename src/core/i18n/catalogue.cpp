#include "core/i18n/catalogue.h"

#include "core/embedded_file.h"

namespace cw {

namespace embedded {
// assets/i18n/*.json with their zh-Hant texts, written by scripts/embed_files.py (cmake/catalogue.cmake).
extern const EmbeddedFile catalogue[];
extern const std::size_t catalogue_count;
} // namespace embedded

namespace {

struct LoadedCatalogue {
    Translations texts;
    std::vector<std::string> problems;
};

const LoadedCatalogue& loaded()
{
    static const LoadedCatalogue once = [] {
        LoadedCatalogue out;
        for (std::size_t i = 0; i < embedded::catalogue_count; ++i) {
            for (std::string& problem : out.texts.add_file(embedded::catalogue[i].text(), embedded::catalogue[i].name)) {
                out.problems.push_back(std::move(problem));
            }
        }
        return out;
    }();
    return once;
}

} // namespace

const Translations& catalogue()
{
    return loaded().texts;
}

std::string catalogue_text(std::string_view key, Language language, std::initializer_list<std::string_view> values)
{
    return fill(catalogue().get(key, language), values);
}

const std::vector<std::string>& catalogue_problems()
{
    return loaded().problems;
}

} // namespace cw
