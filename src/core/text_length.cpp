#include "core/text_length.h"

#include "core/utf8.h"

namespace cw {

TextLength measure_text(std::u32string_view text)
{
    TextLength length;
    length.code_points = text.size();
    for (char32_t c : text) length.weighted += static_cast<std::size_t>(weight_of(c));
    return length;
}

TextLength measure_text_utf8(std::string_view utf8)
{
    return measure_text(decode_utf8(utf8).code_points);
}

} // namespace cw
