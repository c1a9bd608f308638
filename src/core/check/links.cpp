#include "core/check/links.h"

#include "core/text/ascii.h"
#include "core/text/character_class.h"
#include "core/check/own_text.h"

namespace cw {

namespace {

// Letters of the scripts that appear in internationalized host names and in look-alike hosts
// (Latin with accents, Greek, Cyrillic). CJK is not here: the issue's rule is that CJK ends a link.
bool is_non_ascii_letter(char32_t c)
{
    if (c >= 0x00C0 && c <= 0x024F) return c != 0x00D7 && c != 0x00F7; // minus × and ÷
    if (c >= 0x0370 && c <= 0x03FF) return true;
    if (c >= 0x0400 && c <= 0x04FF) return true;
    if (c >= 0x1E00 && c <= 0x1EFF) return true;
    return false;
}

// Everything a link may contain. White space, controls, U+FFFD, CJK, full-width forms, general
// punctuation (“ ” … —), emoji and the rest of Unicode end a link.
bool is_link_character(char32_t c)
{
    if (c > 0x20 && c < 0x7F) return c != '<' && c != '>' && c != '"' && c != '`';
    return is_non_ascii_letter(c);
}

bool is_host_character(char32_t c)
{
    return is_ascii_alnum(c) || c == '-' || is_non_ascii_letter(c);
}

// Left out at a link's end: sentence punctuation, what Chinese posts put after a link as a flourish
// or a separator ("…pid=291~", "链接| 现货", "{链接}", "^"), and an empty fragment's '#', which is the
// start of a hashtag glued to the link ("…/123#我在广场发首帖": the link stops at the CJK text).
bool is_trailing_punctuation(char32_t c)
{
    return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\'' || c == '*' || c == '~' ||
           c == '|' || c == '}' || c == '^' || c == '#';
}

constexpr char32_t kEnDash = 0x2013;

// ASCII emoticons a link is often followed by: the link ends where one starts.
bool emoticon_at(const std::u32string& text, std::size_t k, std::size_t limit)
{
    static constexpr std::u32string_view kEmoticons[] = {U"^_^", U":-)", U":-(", U":)", U":(", U";)", U";-)"};
    for (std::u32string_view emoticon : kEmoticons) {
        if (limit - k >= emoticon.size() && std::u32string_view(text).substr(k, emoticon.size()) == emoticon) return true;
    }
    return false;
}

// Length of "http://" or "https://" starting at i (any case), 0 when there is none.
std::size_t scheme_length_at(const std::u32string& text, std::size_t i, std::size_t limit)
{
    static constexpr char32_t kHttp[] = U"http";
    if (limit - i < 7) return 0;
    for (std::size_t k = 0; k < 4; ++k) {
        if (ascii_lower(text[i + k]) != kHttp[k]) return 0;
    }
    std::size_t k = i + 4;
    if (ascii_lower(text[k]) == 's') ++k;
    if (limit - k < 3 || text[k] != ':' || text[k + 1] != '/' || text[k + 2] != '/') return 0;
    return k + 3 - i;
}

// A link as the scanner finds it, in code points; its bytes are looked up once all are found, so that
// the list of full links is allocated once, at its size.
struct ScannedLink {
    std::size_t first = 0;
    std::size_t end = 0;
    bool has_scheme = false;
};

class LinkScanner {
public:
    explicit LinkScanner(const std::u32string& text) : text_(text) {}

    // The links' code point ranges; their bytes are found after (find_links).
    std::vector<ScannedLink> scan()
    {
        const std::u32string& text = text_;
        std::size_t i = 0;
        while (i < text.size()) {
            if (!is_link_character(text[i])) {
                ++i;
                continue;
            }
            std::size_t run_end = i;
            for (;;) {
                while (run_end < text.size() && (is_link_character(text[run_end]) || dash_inside_word(run_end))) ++run_end;
                if (run_end == text.size() || !invisible_inside_link(run_end)) break;
                ++run_end;
            }
            scan_run(i, run_end);
            i = run_end;
        }
        return std::move(links_);
    }

private:
    // A run of link characters may hold several links ("[text](https://…)", "a.com/x https://…" has
    // two runs). Links with a scheme are found first; the stretches between them may hold links
    // without one.
    void scan_run(std::size_t run_begin, std::size_t run_end)
    {
        const std::u32string& text = text_;
        std::size_t p = run_begin;
        while (p < run_end) {
            std::size_t scheme_start = p;
            std::size_t scheme_length = 0;
            while (scheme_start < run_end) {
                if ((text[scheme_start] | 0x20) == 'h') {
                    scheme_length = scheme_length_at(text, scheme_start, run_end);
                    if (scheme_length != 0) break;
                }
                ++scheme_start;
            }
            scan_without_scheme(run_begin, p, scheme_start);
            if (scheme_start >= run_end) return;

            const std::size_t host_start = scheme_start + scheme_length;
            const std::size_t end = link_end(host_start, run_end, true);
            if (end > host_start && is_host_character(text[host_start])) {
                emit(scheme_start, end, true);
                p = end;
            } else {
                p = host_start;
            }
        }
    }

    // Links like "www.gate.io/…" and "gate.io/trade/…" inside [begin, limit).
    void scan_without_scheme(std::size_t run_begin, std::size_t begin, std::size_t limit)
    {
        const std::u32string& text = text_;
        std::size_t k = begin;
        while (k < limit) {
            if (!is_host_character(text[k])) {
                ++k;
                continue;
            }
            const std::size_t token_start = k;
            std::size_t host_end = k;
            while (host_end < limit && (is_host_character(text[host_end]) || text[host_end] == '.')) ++host_end;
            std::size_t trimmed = host_end;
            while (trimmed > token_start && text[trimmed - 1] == '.') --trimmed;

            const bool at_boundary = token_start == run_begin || may_precede_bare_link(text[token_start - 1]);
            const bool followed_by_path = trimmed == host_end && host_end < limit && text[host_end] == '/';
            if (at_boundary && looks_like_host(token_start, trimmed) &&
                (starts_with_www(token_start, trimmed) || followed_by_path)) {
                const std::size_t end = link_end(trimmed, limit, false);
                emit(token_start, end, false);
                k = end;
            } else {
                k = host_end;
            }
        }
    }

    // An en dash between two letters or digits, as a path written with one ("obol–staking-guide"),
    // stays inside a link; anywhere else it ends one.
    bool dash_inside_word(std::size_t k) const
    {
        const std::u32string& text = text_;
        return text[k] == kEnDash && k > 0 && k + 1 < text.size() && is_ascii_alnum(text[k - 1]) && is_ascii_alnum(text[k + 1]);
    }

    // Invisible characters between two characters of a link ("…/OBOL<U+200B>_USDT", from a page that
    // breaks long addresses with them) are read as the eye reads them: inside the link, which then says
    // it holds them (link_match.h). Before the text that follows a link, they are not the link's.
    bool invisible_inside_link(std::size_t k) const
    {
        const std::u32string& text = text_;
        if (!is_invisible_format(text[k]) || k == 0 || !is_link_character(text[k - 1])) return false;
        std::size_t next = k + 1;
        while (next < text.size() && is_invisible_format(text[next])) ++next;
        return next < text.size() && is_link_character(text[next]);
    }

    // A '#' that opens a topic closed by a second '#' on the same line ("…/123#Gate广场#", Gate's
    // hashtag form, spaces allowed inside) is not the link's fragment; "#rules" with no closing '#' is.
    bool opens_closed_topic(std::size_t k) const
    {
        const std::u32string& text = text_;
        return text[k] == '#' && closed_hashtag_end(text, k) != k;
    }

    // '@' before a host is an e-mail address, '/' or '.' a path or a longer name, '=' a parameter.
    static bool may_precede_bare_link(char32_t c)
    {
        return !(is_host_character(c) || c == '@' || c == '/' || c == '.' || c == '_' || c == '=' || c == '\\' ||
                 c == '$' || c == '#' || c == '%' || c == '&');
    }

    bool starts_with_www(std::size_t begin, std::size_t end) const
    {
        const std::u32string& text = text_;
        return end - begin > 4 && ascii_lower(text[begin]) == 'w' && ascii_lower(text[begin + 1]) == 'w' &&
               ascii_lower(text[begin + 2]) == 'w' && text[begin + 3] == '.';
    }

    // At least two labels, none empty, the last of ASCII letters only and at least two long ("io",
    // "com"), or a punycode "xn--" label. "v1.0", "e.g" and "2.25" are not hosts.
    bool looks_like_host(std::size_t begin, std::size_t end) const
    {
        const std::u32string& text = text_;
        std::size_t last_dot = end;
        for (std::size_t k = begin; k < end; ++k) {
            if (text[k] != '.') continue;
            if (k == begin || text[k - 1] == '.') return false;
            last_dot = k;
        }
        if (last_dot == end) return false;
        const std::size_t tld_begin = last_dot + 1;
        if (end - tld_begin < 2) return false;
        if (end - tld_begin > 4 && text[tld_begin] == 'x' && text[tld_begin + 1] == 'n' && text[tld_begin + 2] == '-' &&
            text[tld_begin + 3] == '-') {
            return true;
        }
        for (std::size_t k = tld_begin; k < end; ++k) {
            const char32_t c = ascii_lower(text[k]);
            if (c < 'a' || c > 'z') return false;
        }
        return true;
    }

    // Where a link that continues from `from` ends, before `limit`: at an unbalanced ) or ], at the
    // start of another "http(s)://" (unless it is a parameter's value, after '='), then without
    // trailing punctuation.
    std::size_t link_end(std::size_t from, std::size_t limit, bool split_at_scheme) const
    {
        const std::u32string& text = text_;
        int parentheses = 0;
        int brackets = 0;
        std::size_t k = from;
        for (; k < limit; ++k) {
            const char32_t c = text[k];
            if (c == '(') {
                ++parentheses;
            } else if (c == ')') {
                if (parentheses == 0) break;
                --parentheses;
            } else if (c == '[') {
                ++brackets;
            } else if (c == ']') {
                if (brackets == 0) break;
                --brackets;
            } else if (split_at_scheme && k > from && (c == 'h' || c == 'H') && text[k - 1] != '=' &&
                       scheme_length_at(text, k, limit) != 0) {
                break;
            } else if ((c == '^' || c == ':' || c == ';') && emoticon_at(text, k, limit)) {
                break;
            } else if (c == '#' && opens_closed_topic(k)) {
                break;
            }
        }
        while (k > from && is_trailing_punctuation(text[k - 1])) --k;
        return k;
    }

    void emit(std::size_t first, std::size_t end, bool has_scheme)
    {
        links_.push_back({first, end, has_scheme});
    }

    const std::u32string& text_;
    std::vector<ScannedLink> links_;
};

} // namespace

std::vector<FoundLink> find_links(std::string_view draft_utf8, const CompactDecodedText& decoded)
{
    const std::vector<ScannedLink> scanned = LinkScanner(decoded.code_points).scan();
    std::vector<FoundLink> links(scanned.size());
    for (std::size_t l = 0; l < scanned.size(); ++l) {
        FoundLink& link = links[l];
        link.first_code_point = scanned[l].first;
        link.end_code_point = scanned[l].end;
        link.has_scheme = scanned[l].has_scheme;
        link.start = decoded.offsets.byte_offset(link.first_code_point);
        link.end = decoded.offsets.byte_offset(link.end_code_point);
        link.text = draft_utf8.substr(link.start, link.end - link.start);
    }
    return links;
}

std::vector<FoundLink> find_links(std::string_view draft_utf8)
{
    return find_links(draft_utf8, decode_utf8_compact(draft_utf8));
}

} // namespace cw
