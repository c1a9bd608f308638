#include "core/check/word_list.h"

#include "core/i18n/catalogue.h"

namespace cw {

std::string join_words(const std::vector<std::string>& parts, Language language)
{
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i > 0) out += catalogue().get("check.list-separator", language);
        out += parts[i];
    }
    return out;
}

} // namespace cw
