// Where a caret may stand and what a word, a cluster and a paragraph are, in UTF-8 text of any kind.
//
// Every function takes any bytes (a draft can hold invalid UTF-8: each invalid byte counts as one
// character) and returns an offset on a code-point boundary within [0, text.size()].
#pragma once

#include <cstddef>
#include <string_view>

namespace cw {

struct TextRange {
    std::size_t start = 0;
    std::size_t end = 0;
    friend bool operator==(const TextRange&, const TextRange&) = default;
};

// The start of the code point that contains offset (offset itself on a boundary).
std::size_t code_point_floor(std::string_view text, std::size_t offset);

// Grapheme clusters, as far as a writer sees them: a base with its combining marks, variation selectors,
// emoji modifiers (skin tones), ZWJ-joined emoji, keycaps, tag sequences and a pair of regional
// indicators (a flag) move, select and delete as one; "\r\n" too.
std::size_t next_cluster(std::string_view text, std::size_t offset);
std::size_t previous_cluster(std::string_view text, std::size_t offset);
// The end of the cluster that starts at start, taking start as a cluster boundary without looking back:
// for code that walks forward from a known boundary (the layout, from a row start). Reads at most the
// code point after the cluster.
std::size_t cluster_end_from(std::string_view text, std::size_t start);

// Ctrl/Cmd+Right: past the end of the next word. Ctrl/Cmd+Left: to the start of the previous word.
// A word is a run of letters and digits (Latin, Cyrillic, …, with ' and _ inside), or a run of CJK
// ideographs/kana/hangul up to the next punctuation, blank or script change.
std::size_t next_word_end(std::string_view text, std::size_t offset);
std::size_t previous_word_start(std::string_view text, std::size_t offset);

// What a double-click at offset selects: the Latin word under it; in CJK text the one character; a run
// of blanks; or else the one cluster. Never empty unless the text is.
TextRange word_at(std::string_view text, std::size_t offset);

// What a triple-click selects: the paragraph (between '\n's, without them).
TextRange paragraph_at(std::string_view text, std::size_t offset);

} // namespace cw
