// Many keywords found in one pass over a text (Aho–Corasick), so checking a post costs the same
// whether a campaign has three keywords or three hundred.
//
// Keywords and text are compared after Traditional Chinese is folded to Simplified (traditional_fold.h)
// and after searchable_text(): full-width forms folded to ASCII, ASCII
// lowercased, white space made a plain space. An ASCII letter or digit at a keyword's edge must meet a
// word boundary there (a character that is not an ASCII letter, digit or '_'), so "DV" does not match
// inside "DVD" but "$OBOL" matches in "关注$OBOL。"; CJK matches anywhere. A keyword ending in '*'
// matches any word it starts ("validator*" matches "validators").
//
// Characters that draw nothing (is_invisible_format(): a zero-width space, a soft hyphen, …) end a word
// by default, as Gate reads a ticker. An index made with Invisibles::read_through reads a keyword
// through them, as the eye does ("容<U+200B>错" is 容错, "D<U+200B>VD" is DVD): topics, which are about what
// the post says.
#pragma once

#include "core/i18n/traditional_fold.h"

#include <bit>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cw {

// The text keywords are compared with (see above); one code point in, one code point out, so
// positions stay those of the decoded draft.
std::u32string searchable_text(std::u32string_view text);

struct KeywordOccurrences {
    std::size_t count = 0;
    // [begin, end) code point ranges of the first occurrences, at most KeywordIndex::kRecordedPerKeyword.
    // For a keyword ending in '*', the range covers the whole word ("validators").
    std::vector<std::pair<std::size_t, std::size_t>> first;
};

// How the search reads a character that draws nothing (see above).
enum class Invisibles { end_a_word, read_through };

class KeywordIndex {
public:
    static constexpr std::size_t kRecordedPerKeyword = 16;

    // Keyword i has id i. An empty keyword never matches.
    explicit KeywordIndex(const std::vector<std::string>& keywords_utf8, Invisibles invisibles = Invisibles::end_a_word);

    std::size_t size() const { return keywords_.size(); }

    // One entry per keyword id. The text is compared as searchable_text(text), folded on the fly;
    // `ignored` are [begin, end) code point ranges, sorted and not overlapping, read as white space
    // (check_draft passes the links, so that "OBOL" in ".../launchpool/OBOL" is not a keyword).
    std::vector<KeywordOccurrences> search(std::u32string_view text,
                                           const std::vector<std::pair<std::size_t, std::size_t>>& ignored = {}) const;
    // The same on a text already folded from Traditional Chinese (fold_traditional()), so that many
    // searches of one draft fold it once; positions are the original text's.
    std::vector<KeywordOccurrences> search(const TraditionalFolding& folding,
                                           const std::vector<std::pair<std::size_t, std::size_t>>& ignored = {}) const;

private:
    // search() on a text already folded from Traditional Chinese; positions are the folded text's.
    std::vector<KeywordOccurrences> search_folded(std::u32string_view text,
                                                  const std::vector<std::pair<std::size_t, std::size_t>>& ignored) const;

    struct Keyword {
        std::size_t length = 0;         // code points, without a trailing '*'
        bool word_start = false;        // first character is an ASCII letter or digit: boundary before
        bool word_end = false;          // last one is, and the keyword is not a prefix ('*'): boundary after
        bool prefix = false;            // ends in '*': an occurrence runs to the end of its word
        std::int32_t next_at_node = -1; // the next keyword that ends at the same trie node
    };
    // The trie without an allocation per node: each node's children are a linked list of edges.
    struct Node {
        std::int32_t first_edge = -1;
        std::int32_t failure = 0;
        std::int32_t output_link = -1; // the nearest node on the failure chain where a keyword ends
        std::int32_t first_keyword = -1;
    };
    struct Edge {
        std::uint32_t character_class = 0;
        std::int32_t target = 0;
        std::int32_t next_sibling = -1;
    };

    // Counts and records the keywords that end at text[i], where the search stands at `node`;
    // last_invisible: where the search last read through an invisible character (kNone: nowhere).
    template <class SearchableAt>
    void record_occurrences(std::u32string_view text, std::size_t i, std::int32_t node, std::size_t last_invisible,
                            const SearchableAt& searchable_at, std::vector<KeywordOccurrences>& found) const;
    static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
    // The class of an invisible character in an index that reads through them: the search stays where
    // it stands. Never a class of the automaton's table.
    static constexpr std::uint32_t kInvisibleClass = 0xFFFFFFFF;

    std::uint32_t class_of(char32_t c) const; // of a character already searchable()
    // class_of(searchable(c)) of a character of the text: for the BMP, a bit, and a rank in the bitmap
    // when the bit is set. Inline: every character of a draft passes here.
    std::uint32_t searchable_class(char32_t c) const
    {
        if (c < 128) return raw_ascii_classes_[c];
        if (c >= 0x10000) return supplementary_class(c);
        const std::uint64_t bits = bmp_in_keywords_[c / 64];
        const std::uint64_t bit = std::uint64_t{1} << (c % 64);
        if ((bits & bit) == 0) return 0;
        return bmp_classes_[bmp_rank_[c / 64] + static_cast<std::size_t>(std::popcount(bits & (bit - 1)))];
    }
    std::uint32_t supplementary_class(char32_t c) const;
    std::int32_t child(std::int32_t node, std::uint32_t character_class) const;
    // The node after `node` reads a character of the class: its child, or its failure's, and so on.
    std::int32_t step(std::int32_t node, std::uint32_t character_class) const;

    bool read_through_invisibles_ = false;
    std::vector<Keyword> keywords_;
    std::vector<std::int32_t> twin_of_; // for a keyword given twice: the id of its first copy, else -1
    std::vector<Node> nodes_;
    std::vector<Edge> edges_;
    std::uint32_t ascii_classes_[128] = {};                         // 0: in no keyword
    std::uint32_t raw_ascii_classes_[128] = {}; // the class of searchable(c): 'A' has the class of 'a' 
    std::vector<std::pair<char32_t, std::uint32_t>> other_classes_; // sorted by character
    // One bit per BMP character past ASCII whose searchable() form is in a keyword (bit c % 64 of word
    // c / 64), the bits set before each word, and their classes in the bits' order: a draft's character
    // gets its class with no folding and no search, and most CJK text is in no keyword.
    std::vector<std::uint64_t> bmp_in_keywords_ = std::vector<std::uint64_t>(0x10000 / 64, 0);
    std::vector<std::uint16_t> bmp_rank_ = std::vector<std::uint16_t>(0x10000 / 64, 0);
    std::vector<std::uint32_t> bmp_classes_;
    std::vector<std::int32_t> root_children_;                       // dense: root's child by class
    // step() of every node and class, row by node, when there are at most kLargestTable of them (a
    // campaign's few hundred keywords make some 100,000); otherwise empty and step() walks the trie.
    static constexpr std::size_t kLargestTable = 1 << 20;
    std::vector<std::int32_t> next_state_;
};

} // namespace cw
