#include "ui/label_text.h"

namespace cw {

namespace {
constexpr std::string_view kWordJoiner = "\u2060"; // invisible, zero width: it only keeps two '#' apart
}

std::string imgui_label(std::string_view text, std::string_view id)
{
    std::string label;
    label.reserve(text.size() + id.size() + 8);
    for (std::size_t i = 0; i < text.size(); ++i) {
        label.push_back(text[i]);
        // "##" would end the drawn text there; a '#' at the end would join the ID's "##".
        const bool hash_follows = i + 1 < text.size() ? text[i + 1] == '#' : !id.empty() && id.front() == '#';
        if (text[i] == '#' && hash_follows) label += kWordJoiner;
    }
    label += id;
    return label;
}

} // namespace cw
