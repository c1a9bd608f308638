#include "core/check/own_text.h"

#include "core/text/ascii.h"
#include "core/text/character_class.h"
#include "core/text/width_fold.h"

#include <algorithm>

namespace cw {

namespace {

constexpr std::size_t kLongestClosedHashtag = 64; // code points between the hashes of a "#…#"

bool is_hash(char32_t c)
{
    return c == '#' || c == 0xFF03;
}

// What continues a "#tag": letters, digits, '_' and CJK; a tag runs on to a space or punctuation.
bool continues_tag(char32_t c)
{
    return is_word_letter(c) || is_cjk_letter(c);
}

// The end of the hashtag that starts with the hash at `at`, or `at` when none starts there.
std::size_t hashtag_end(std::u32string_view text, std::size_t at)
{
    const std::size_t closed = closed_hashtag_end(text, at);
    if (closed != at) return closed;
    std::size_t i = at + 1;
    while (i < text.size() && continues_tag(text[i])) ++i;
    return i == at + 1 ? at : i;
}

} // namespace

std::size_t closed_hashtag_end(std::u32string_view text, std::size_t at)
{
    if (at >= text.size() || !is_hash(text[at])) return at;
    // "#…#": letters, digits and inner spaces up to a '#' that does not open the next tag.
    for (std::size_t i = at + 1; i < text.size() && i - at <= kLongestClosedHashtag; ++i) {
        const char32_t c = text[i];
        if (is_hash(c)) {
            const bool opens_next = i + 1 < text.size() && continues_tag(text[i + 1]);
            if (i > at + 1 && !is_blank(text[at + 1]) && !opens_next) return i + 1;
            break;
        }
        if (!continues_tag(c) && !is_blank(c)) break;
    }
    return at;
}

bool is_counted_character(char32_t c)
{
    // The two kinds of character a draft is mostly made of first: ASCII, and the unified ideographs.
    if (c < 0x80) return is_ascii_alnum(c);
    if (c >= 0x4E00 && c <= 0x9FFF) return true;
    c = fold_width(c);
    return c != '_' && (is_word_letter(c) || is_cjk_letter(c));
}

namespace {

// The hashtags of `text`, leaving out those whose '#' `opens_none` (a range of the text) says opens no tag.
template <typename OpensNone>
std::vector<CodePointRange> hashtags_in(std::u32string_view text, OpensNone opens_none)
{
    std::vector<CodePointRange> tags;
    for (std::size_t at = 0; at < text.size(); ++at) {
        if (!is_hash(text[at]) || opens_none(at)) continue;
        const std::size_t end = hashtag_end(text, at);
        if (end == at) continue;
        tags.push_back({at, end});
        at = end - 1;
    }
    return tags;
}

} // namespace

std::vector<CodePointRange> find_written_hashtags(std::u32string_view text)
{
    return hashtags_in(text, [](std::size_t) { return false; });
}

namespace {

std::vector<std::uint64_t> no_bits(std::size_t size)
{
    return std::vector<std::uint64_t>((size + 63) / 64, 0);
}

void set_bits(std::vector<std::uint64_t>& bits, std::size_t size, const CodePointRange& range)
{
    const std::size_t end = std::min(range.second, size);
    for (std::size_t i = std::min(range.first, end); i < end; ++i) bits[i / 64] |= std::uint64_t{1} << (i % 64);
}

} // namespace

OwnText::OwnText(std::u32string_view text, const std::vector<CodePointRange>& blanked,
                 const std::vector<CodePointRange>& counted_as_ascii)
    : text_(text), not_own_(no_bits(text.size()))
{
    for (const CodePointRange& range : blanked) set_bits(not_own_, text.size(), range);
    // The tags are read in the text as written, as Gate reads them: a forbidden word inside "#…#" is
    // still inside the tag, and removing it must not turn the words around it into a tag. A '#' already
    // blanked (a link's fragment) opens none.
    for (const CodePointRange& range : hashtags_in(text, [&](std::size_t at) { return has(not_own_, at); })) {
        set_bits(not_own_, text.size(), range);
    }
    if (counted_as_ascii.empty()) return;
    as_ascii_ = no_bits(text.size());
    for (const CodePointRange& range : counted_as_ascii) set_bits(as_ascii_, text.size(), range);
}

std::u32string OwnText::str() const
{
    std::u32string text(size(), U'\0');
    for (std::size_t i = 0; i < size(); ++i) text[i] = (*this)[i];
    return text;
}

} // namespace cw
