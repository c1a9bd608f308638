// The checker's messages in Traditional Chinese. check.cpp writes each message as a Simplified and
// an English text side by side (pick()); the build converts every Simplified one with OpenCC and the
// reviewed overrides (scripts/make_zh_hant.py), into a table generated in the build tree, keyed by the
// Simplified text. A new message is converted on the next build without anyone touching this file.
#pragma once

#include <cstddef>
#include <string_view>

namespace cw {

// The Traditional text of a Simplified message; the message itself when the table has none.
std::string_view traditional_text(std::string_view simplified);

namespace traditional_texts_table {
struct TextPair {
    const char* simplified;
    const char* traditional;
};
extern const TextPair texts[]; // sorted by simplified, bytewise
extern const std::size_t text_count;
} // namespace traditional_texts_table

} // namespace cw
