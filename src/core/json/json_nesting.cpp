#include "core/json/json_nesting.h"

namespace cw {

std::optional<std::size_t> find_nesting_deeper_than(std::string_view json_text, std::size_t max_depth)
{
    std::size_t depth = 0;
    bool in_string = false;
    for (std::size_t i = 0; i < json_text.size(); ++i) {
        const char c = json_text[i];
        if (in_string) {
            if (c == '\\') ++i; // the escaped character, a quote included, cannot end the string
            else if (c == '"') in_string = false;
            continue;
        }
        if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            if (++depth > max_depth) return i;
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return std::nullopt;
}

} // namespace cw
