#include "core/text_length.h"

#include "core/utf8.h"

namespace cw {

int weight_of(char32_t code_point)
{
    // twitter-text's configuration v3: these ranges weigh 100 (one character), all others 200.
    if (code_point <= 0x10FF) return 1;                          // Latin … Georgian
    if (code_point >= 0x2000 && code_point <= 0x200D) return 1;  // spaces, zero-width joiners
    if (code_point >= 0x2010 && code_point <= 0x201F) return 1;  // dashes and quotation marks
    if (code_point >= 0x2032 && code_point <= 0x2037) return 1;  // primes
    return 2;
}

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
