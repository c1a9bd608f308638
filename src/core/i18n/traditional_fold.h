// Traditional → Simplified folding, so that a post in Traditional Chinese (Taiwan or Hong Kong usage)
// meets the same keywords as its Simplified twin: 分散式驗證器, 分佈式驗證器 → 分布式验证器,
// 社群 → 社区, 網路 and 網絡 → 网络, 軟體 → 软件.
//
// Characters fold one to one (驗 → 验); then the words Taiwan and Hong Kong write differently fold to
// the mainland word, longest first. A word may fold to one of another length (網際網路 → 互联网), so
// the folded text keeps, for each of its code points, the stretch of the original it comes from:
// positions found in the folded text map back to the text as the person wrote it, as with full-width
// folding. The tables are generated at build time from OpenCC's dictionaries
// (scripts/make_traditional_folding.py).
//
// Folding is for matching only: it may turn a Simplified word into another (社群 → 社区), which is
// harmless because keywords and posts are folded alike.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cw {

char32_t fold_traditional_character(char32_t code_point);

struct TraditionalFolding {
    // The folded text. Most drafts are Simplified and fold to themselves: then this is the text given to
    // fold_traditional, not a copy (a 1 MiB draft's copy was 3 MB), and that text must outlive this.
    std::u32string_view text() const { return changed_ ? std::u32string_view(folded_) : original_; }
    // For text[i]: the original code points [origin_begin[i], origin_end[i]) it comes from. Empty when
    // no phrase changed the length (then position i is position i of the original).
    std::vector<std::size_t> origin_begin;
    std::vector<std::size_t> origin_end;

    bool same_positions() const { return origin_begin.empty(); }
    // A folded range [begin, end) as a range of the original text.
    std::pair<std::size_t, std::size_t> original_range(std::size_t begin, std::size_t end) const;
    // The first folded position that comes from original position `original` or later.
    std::size_t folded_position(std::size_t original) const;

private:
    friend TraditionalFolding fold_traditional(std::u32string_view text);
    std::u32string_view original_;
    std::u32string folded_; // only when changed_
    bool changed_ = false;
};

TraditionalFolding fold_traditional(std::u32string_view text);
std::string fold_traditional_utf8(std::string_view utf8);

} // namespace cw
