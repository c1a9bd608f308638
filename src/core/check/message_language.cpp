#include "core/check/message_language.h"

namespace cw::messages {

std::string fill_numbered(std::string_view pattern, std::initializer_list<std::string_view> arguments)
{
    std::string out;
    out.reserve(pattern.size() + 64);
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '{' && i + 2 < pattern.size() && pattern[i + 2] == '}' && pattern[i + 1] >= '0' &&
            pattern[i + 1] <= '9') {
            const auto index = static_cast<std::size_t>(pattern[i + 1] - '0');
            if (index < arguments.size()) out += *(arguments.begin() + index);
            i += 2;
        } else {
            out.push_back(pattern[i]);
        }
    }
    return out;
}

std::string join(const std::vector<std::string>& parts, Language language)
{
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i > 0) out += pick(language, "、", ", ");
        out += parts[i];
    }
    return out;
}

} // namespace cw::messages
