// A word read through the characters that draw nothing (is_invisible_format(): a zero-width space, a
// word joiner, a soft hyphen, a byte order mark, …): "加<U+200B>微信" reads as 加微信 to the eye. Pages
// that break long words put them in and copying brings them along; Gate reads the word only up to one.
// The mention check names such a ticker, the forbidden words' check finds such a banned word.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace cw {

// The end of `word` read in `text` from `at` through invisible characters, when at least one stands
// inside it (between its first and last characters); nullopt otherwise, and for the word written
// plainly there. Both texts compare as given: fold them alike first.
std::optional<std::size_t> invisible_look_alike_at(std::u32string_view text, std::size_t at, std::u32string_view word);

} // namespace cw
