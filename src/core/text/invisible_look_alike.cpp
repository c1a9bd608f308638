#include "core/text/invisible_look_alike.h"

#include "core/text/character_class.h"

namespace cw {

std::optional<std::size_t> invisible_look_alike_at(std::u32string_view text, std::size_t at, std::u32string_view word)
{
    if (word.empty() || at >= text.size() || text[at] != word[0]) return std::nullopt;
    bool invisible = false;
    std::size_t i = at + 1;
    for (std::size_t k = 1; k < word.size(); ++k) {
        for (; i < text.size() && is_invisible_format(text[i]); ++i) invisible = true;
        if (i >= text.size() || text[i] != word[k]) return std::nullopt;
        ++i;
    }
    if (!invisible) return std::nullopt;
    return i;
}

} // namespace cw
