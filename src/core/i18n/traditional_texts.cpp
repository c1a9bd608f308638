#include "core/i18n/traditional_texts.h"

#include <algorithm>

namespace cw {

std::string_view traditional_text(std::string_view simplified)
{
    namespace table = traditional_texts_table;
    const table::TextPair* first = table::texts;
    const table::TextPair* last = table::texts + table::text_count;
    const table::TextPair* found = std::lower_bound(first, last, simplified, [](const table::TextPair& pair, std::string_view value) {
        return std::string_view(pair.simplified) < value;
    });
    return found != last && std::string_view(found->simplified) == simplified ? std::string_view(found->traditional) : simplified;
}

} // namespace cw
