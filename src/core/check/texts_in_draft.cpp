#include "core/check/texts_in_draft.h"

#include "core/text/utf8.h"

#include <algorithm>

namespace cw {

TextsInDraft::TextsInDraft(const std::vector<std::string>& texts_utf8)
{
    for (const std::string& text : texts_utf8) {
        if (text.empty()) continue;
        texts_.push_back(decode_code_points(text));
        const char32_t first = texts_.back().front();
        if (first_characters_.find(first) == std::u32string::npos) first_characters_.push_back(first);
        first_character_bits_ |= std::uint64_t{1} << (first % 64);
    }
}

std::vector<CodePointRange> TextsInDraft::find(std::u32string_view draft) const
{
    std::vector<CodePointRange> ranges;
    std::vector<std::size_t> next_from(texts_.size(), 0); // past each text's last occurrence
    for (std::size_t at = 0; at < draft.size(); ++at) {
        // Most characters start none of the texts (they mostly start with 【): one look decides.
        const char32_t c = draft[at];
        if (((first_character_bits_ >> (c % 64)) & 1) == 0 || first_characters_.find(c) == std::u32string::npos) continue;
        for (std::size_t t = 0; t < texts_.size(); ++t) {
            const std::u32string& text = texts_[t];
            if (at < next_from[t] || draft.compare(at, text.size(), text) != 0) continue;
            ranges.push_back({at, at + text.size()});
            next_from[t] = at + text.size();
        }
    }
    std::sort(ranges.begin(), ranges.end());
    return ranges;
}

} // namespace cw
