#include "ui/label_text.h"

namespace cw {

std::string imgui_label(std::string_view text, std::string_view id)
{
    return std::string(text) + std::string(id);
}

} // namespace cw
