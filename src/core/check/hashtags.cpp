#include "core/check/hashtags.h"

#include "core/text/ascii.h"
#include "core/text/character_class.h"
#include "core/i18n/traditional_fold.h"
#include "core/text/utf8.h"
#include "core/text/width_fold.h"

#include <algorithm>
#include <optional>
#include <vector>

namespace cw {

namespace {

constexpr char32_t kFullWidthHash = 0xFF03; // ＃
constexpr std::size_t kLongestHashtag = 64; // code points between the hashes of a "#…#" found in a post

char32_t folded(char32_t c)
{
    return ascii_lower(fold_traditional_character(c));
}

bool is_hash(char32_t c)
{
    return c == '#' || c == kFullWidthHash;
}

// A character that continues a "#tag": letters, digits, '_' and CJK (Gate's tags run on to a space or
// punctuation).
bool continues_tag(char32_t c)
{
    return is_ascii_alnum(c) || c == '_' || (c >= 0x00C0 && c < 0x2000 && c != 0x00D7 && c != 0x00F7) ||
           (c >= 0x3040 && c < 0xA000) || (c >= 0xAC00 && c < 0xD7B0) || (c >= 0xF900 && c < 0xFB00) || c >= 0x20000;
}

bool is_space(char32_t c)
{
    return c == ' ' || c == '\t' || c == 0x3000 || c == 0x00A0;
}

struct Spelling {
    bool closed = false;   // "#…#"
    std::u32string inner;  // folded, between the hashes
};

Spelling parse_spelling(const std::string& spelling)
{
    Spelling out;
    std::u32string text = decode_code_points(spelling);
    if (!text.empty() && text.front() == '#') text.erase(0, 1);
    if (!text.empty() && text.back() == '#') {
        text.pop_back();
        out.closed = true;
    }
    for (char32_t& c : text) c = folded(c);
    out.inner = std::move(text);
    return out;
}

bool matches_at(const std::u32string& text, std::size_t at, const std::u32string& inner)
{
    return at + inner.size() <= text.size() && std::equal(inner.begin(), inner.end(), text.begin() + static_cast<std::ptrdiff_t>(at));
}

std::u32string without_spaces(std::u32string text)
{
    text.erase(std::remove_if(text.begin(), text.end(), is_space), text.end());
    return text;
}

std::size_t edit_distance(const std::u32string& a, const std::u32string& b)
{
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

// A spelling read at a '#' or '＃' the way a person's eye reads it: through invisible characters and
// full-width letters, which Gate does not. Where it matches, what it read through.
struct LookAlike {
    std::size_t end = 0;
    bool invisible = false; // an invisible character inside
    bool wide = false;      // a full-width letter (a full-width ＃ alone is FullWidthHash)
};

std::optional<LookAlike> look_alike_at(std::u32string_view original, std::size_t at, const Spelling& spelling)
{
    LookAlike seen;
    std::size_t i = at + 1;
    const auto skip_invisible = [&] {
        for (; i < original.size() && is_invisible_format(original[i]); ++i) seen.invisible = true;
    };
    for (const char32_t wanted : spelling.inner) {
        skip_invisible();
        if (i >= original.size()) return std::nullopt;
        const char32_t narrow = fold_width(original[i]);
        if (folded(narrow) != wanted) return std::nullopt;
        seen.wide = seen.wide || narrow != original[i];
        ++i;
    }
    if (spelling.closed) {
        skip_invisible();
        if (i >= original.size() || !is_hash(original[i])) return std::nullopt;
        ++i;
    } else if (i < original.size() && continues_tag(fold_width(original[i]))) {
        return std::nullopt;
    }
    seen.end = i;
    return seen;
}

// A hashtag as written in the post, starting at a # or ＃: "#…#" on one line, else "#word". As Gate
// reads it (own_text.h), a '#' right before a tag's text opens that tag and closes none, and any other
// '#' opens none. Each '#' then has one part whatever is around it: were it read as opening or closing
// by how the '#'s before it pair up, a '#' a fix writes would change which tags are read after it, and
// a near miss there would appear or go, and its words with it from the count.
struct WrittenHashtag {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::u32string inner;
};

std::optional<WrittenHashtag> hashtag_at(const std::u32string& text, std::size_t at)
{
    if (at + 1 >= text.size() || !continues_tag(text[at + 1])) return std::nullopt;
    WrittenHashtag tag;
    tag.begin = at;
    for (std::size_t i = at + 1; i < text.size() && i - at <= kLongestHashtag && text[i] != '\n'; ++i) {
        if (is_hash(text[i])) {
            if (i + 1 < text.size() && continues_tag(text[i + 1])) break;
            tag.inner = text.substr(at + 1, i - at - 1);
            tag.end = i + 1;
            return tag;
        }
    }
    std::size_t i = at + 1;
    while (i < text.size() && continues_tag(text[i])) ++i;
    tag.inner = text.substr(at + 1, i - at - 1);
    tag.end = i;
    return tag;
}

} // namespace

bool is_hashtag_spelling(std::string_view spelling)
{
    const std::u32string text = decode_code_points(spelling);
    if (text.size() < 2 || text.front() != '#') return false;
    const std::size_t inner_end = text.back() == '#' ? text.size() - 1 : text.size();
    if (inner_end <= 1) return false;
    for (std::size_t i = 1; i < inner_end; ++i) {
        if (is_hash(text[i]) || text[i] == '\n') return false;
    }
    // An open "#tag" ends at the first character that does not continue a tag.
    if (text.back() != '#') {
        for (std::size_t i = 1; i < text.size(); ++i) {
            if (!continues_tag(text[i])) return false;
        }
    }
    return !is_space(text[1]) && !is_space(text[inner_end - 1]);
}

HashtagSearch find_hashtag(const HashtagRequirement& hashtag, std::u32string_view original)
{
    std::u32string text(original);
    for (char32_t& c : text) c = folded(c);
    std::vector<Spelling> spellings;
    for (const std::string& spelling : hashtag.spellings) spellings.push_back(parse_spelling(spelling));

    HashtagSearch search;
    auto near = [&](HashtagMiss miss, std::size_t begin, std::size_t end, std::size_t spelling, std::size_t tag_end = 0) {
        if (search.near_miss == HashtagMiss::None || miss < search.near_miss) {
            search.near_miss = miss;
            search.range = {begin, end};
            search.spelling = spelling;
            search.tag_end = std::max(end, tag_end);
        }
    };

    for (std::size_t s = 0; s < spellings.size(); ++s) {
        const Spelling& spelling = spellings[s];
        const std::size_t n = spelling.inner.size();
        if (n == 0) continue;
        for (std::size_t at = 0; at + n <= text.size(); ++at) {
            if (!matches_at(text, at + 0, spelling.inner)) continue;
            const std::size_t after = at + n;
            const char32_t before = at > 0 ? text[at - 1] : U'\n';
            if (before == '#') {
                const bool closes = after < text.size() && text[after] == '#';
                const bool word_ends = after == text.size() || !continues_tag(text[after]);
                if (spelling.closed ? closes : word_ends) {
                    search.found = true;
                    search.range = {at - 1, after + (closes ? 1 : 0)};
                    search.tag_end = 0;
                    search.spelling = s;
                    return search;
                }
                if (spelling.closed) {
                    near(HashtagMiss::MissingClosingHash, at - 1, after, s);
                } else if (is_cjk_letter(original[after])) {
                    // Chinese has no spaces: the sentence runs into the tag. More Latin letters after a
                    // Latin tag ("#GateSquareFans") are another tag, not this one.
                    std::size_t tag_end = after;
                    while (tag_end < text.size() && continues_tag(text[tag_end])) ++tag_end;
                    near(HashtagMiss::RunsOn, at - 1, after, s, tag_end);
                }
            } else if (before == kFullWidthHash) {
                const bool closes = after < text.size() && is_hash(text[after]);
                near(HashtagMiss::FullWidthHash, at - 1, after + (closes ? 1 : 0), s);
            } else if (is_space(before)) {
                std::size_t hash = at - 1;
                while (hash > 0 && is_space(text[hash - 1])) --hash;
                if (hash > 0 && is_hash(text[hash - 1])) {
                    const bool closes = after < text.size() && is_hash(text[after]);
                    near(HashtagMiss::SpaceAfterHash, hash - 1, after + (closes ? 1 : 0), s);
                } else {
                    near(HashtagMiss::MissingHash, at, after, s);
                }
            } else {
                near(HashtagMiss::MissingHash, at, after, s);
            }
        }
    }
    // Looks like the tag but is not it as Gate reads it.
    for (std::size_t at = 0; at < text.size(); ++at) {
        if (!is_hash(text[at])) continue;
        for (std::size_t s = 0; s < spellings.size(); ++s) {
            const std::optional<LookAlike> seen = look_alike_at(original, at, spellings[s]);
            if (!seen || !(seen->invisible || seen->wide)) continue;
            near(seen->invisible ? HashtagMiss::InvisibleCharacter : HashtagMiss::FullWidthLetters, at, seen->end, s);
        }
    }
    if (search.near_miss != HashtagMiss::None && search.near_miss != HashtagMiss::MissingHash) return search;

    // Another spelling: a hashtag in the post close to an accepted one.
    for (std::size_t at = 0; at < text.size(); ++at) {
        if (!is_hash(text[at])) continue;
        const std::optional<WrittenHashtag> written = hashtag_at(text, at);
        if (!written) continue;
        const std::u32string inner = without_spaces(written->inner);
        for (std::size_t s = 0; s < spellings.size(); ++s) {
            const std::u32string wanted = without_spaces(spellings[s].inner);
            const std::size_t allowed = std::max<std::size_t>(1, wanted.size() / 4);
            if (inner == wanted || edit_distance(inner, wanted) <= allowed) {
                near(HashtagMiss::OtherSpelling, written->begin, written->end, s);
                return search;
            }
        }
        at = written->end - 1;
    }
    return search;
}

HashtagSearch find_hashtag_glued_to_link(const HashtagRequirement& hashtag, std::u32string_view draft, std::u32string_view outside_links,
                                         const std::vector<std::pair<std::size_t, std::size_t>>& links)
{
    // Each link's fragment shown again, from its first '#': the hashtag is found there as it would be
    // after a space. Found anywhere else, it would have been found with the links blanked. The draft is
    // copied only when a link has a fragment (most have none).
    std::u32string text;
    for (const auto& [first, end] : links) {
        const auto link_end = draft.begin() + static_cast<std::ptrdiff_t>(end);
        const auto hash = std::find(draft.begin() + static_cast<std::ptrdiff_t>(first), link_end, U'#');
        if (hash == link_end) continue;
        if (text.empty()) text = outside_links;
        std::copy(hash, link_end, text.begin() + (hash - draft.begin()));
    }
    if (text.empty()) return {};
    HashtagSearch search = find_hashtag(hashtag, text);
    const bool in_a_link = std::any_of(links.begin(), links.end(), [&](const auto& link) {
        return search.range.first >= link.first && search.range.first < link.second;
    });
    if (!search.found || !in_a_link) return {};
    search.found = false;
    search.near_miss = HashtagMiss::GluedToLink;
    search.tag_end = search.range.second;
    return search;
}

} // namespace cw
