// Where a few fixed texts (the outline's headings and placeholders) stand in a draft, found in one pass
// over its code points: each of them searched for alone, as a byte string, cost a pass over a 1 MiB
// draft for every heading in every language, and a skipping search through Chinese UTF-8 moves only a
// few bytes at a time.
#pragma once

#include "core/check/own_text.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cw {

class TextsInDraft {
public:
    // The texts are valid UTF-8 (a campaign's titles, the catalogue's words); empty ones are never found.
    explicit TextsInDraft(const std::vector<std::string>& texts_utf8);

    // Every occurrence of each text, as [first, end) code point ranges, sorted; the occurrences of one
    // text do not overlap (after one, its next is looked for past its end), as a search from the start
    // would find them. The draft's bytes hold a text exactly where its code points do: a text begins
    // with a byte that starts a character whatever came before it.
    std::vector<CodePointRange> find(std::u32string_view draft) const;

private:
    std::vector<std::u32string> texts_;
    std::u32string first_characters_; // of the texts, each once
    std::uint64_t first_character_bits_ = 0; // bit c % 64 set for each first character c: a quick "no"
};

} // namespace cw
