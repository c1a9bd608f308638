// Full-width to ASCII folding: ＯＢＯＬ → OBOL, ＄ → $, the ideographic space → a space.
//
// Chinese input methods type full-width Latin letters, digits and symbols as often as ASCII ones. The
// checks compare folded text so that "＄ＯＢＯＬ" counts as the mention "$OBOL". Only the full-width
// forms of ASCII (U+FF01..U+FF5E, which include ，：！？) and U+3000 fold, as NFKC would; CJK
// punctuation without an ASCII form (。、【】《》) stays. Link extraction reads the text before folding,
// because there a full-width ， or ： ends a link.
#pragma once

#include <string>
#include <string_view>

namespace cw {

char32_t fold_width(char32_t code_point);

// Folds every code point of a UTF-8 text; ill-formed bytes come out as U+FFFD (see decode_utf8).
std::u32string fold_width(std::u32string_view text);
std::string fold_width_utf8(std::string_view utf8);

} // namespace cw
