#include "core/check/link_match.h"

#include "core/text/ascii.h"
#include "core/text/character_class.h"
#include "core/text/utf8.h"

#include <algorithm>
#include <optional>
#include <utility>

namespace cw {

namespace {

std::string lowercase(std::string_view text)
{
    std::string out(text);
    for (char& c : out) c = ascii_lower(c);
    return out;
}

// "" → "/"; "/trade/OBOL_USDT/" → "/trade/OBOL_USDT".
std::string normalized_path(std::string_view path)
{
    if (path.empty()) return "/";
    if (path.size() > 1 && path.back() == '/') path.remove_suffix(1);
    return std::string(path);
}

bool is_default_port(const std::string& port, const std::string& scheme)
{
    if (port.empty()) return true;
    if (port == "443") return scheme != "http";
    if (port == "80") return scheme != "https";
    return false;
}

// RFC 3492 punycode, for one label without its "xn--". False when the label is not valid punycode.
bool decode_punycode(std::string_view input, std::u32string& output)
{
    constexpr std::uint32_t base = 36, tmin = 1, tmax = 26, skew = 38, damp = 700;
    constexpr std::uint32_t max_value = 0x7FFFFFFF;
    if (input.size() > 63) return false; // longer than a DNS label may be

    output.clear();
    const std::size_t dash = input.rfind('-');
    std::size_t pos = 0;
    if (dash != std::string_view::npos) {
        for (std::size_t k = 0; k < dash; ++k) {
            if (static_cast<unsigned char>(input[k]) >= 0x80) return false;
            output.push_back(static_cast<unsigned char>(ascii_lower(input[k])));
        }
        pos = dash + 1;
    }

    std::uint32_t n = 128, i = 0, bias = 72;
    bool first = true;
    while (pos < input.size()) {
        const std::uint32_t old_i = i;
        std::uint32_t w = 1;
        for (std::uint32_t k = base;; k += base) {
            if (pos >= input.size()) return false;
            const char c = ascii_lower(input[pos++]);
            std::uint32_t digit;
            if (c >= 'a' && c <= 'z') digit = static_cast<std::uint32_t>(c - 'a');
            else if (c >= '0' && c <= '9') digit = static_cast<std::uint32_t>(c - '0' + 26);
            else return false;
            if (digit > (max_value - i) / w) return false;
            i += digit * w;
            const std::uint32_t t = k <= bias ? tmin : (k >= bias + tmax ? tmax : k - bias);
            if (digit < t) break;
            if (w > max_value / (base - t)) return false;
            w *= base - t;
        }
        const auto length = static_cast<std::uint32_t>(output.size() + 1);
        std::uint32_t delta = first ? (i - old_i) / damp : (i - old_i) / 2;
        first = false;
        delta += delta / length;
        std::uint32_t k = 0;
        while (delta > ((base - tmin) * tmax) / 2) {
            delta /= base - tmin;
            k += base;
        }
        bias = k + (base - tmin + 1) * delta / (delta + skew);
        if (i / length > max_value - n) return false;
        n += i / length;
        i %= length;
        if (n > 0x10FFFF) return false;
        output.insert(output.begin() + i, static_cast<char32_t>(n));
        ++i;
    }
    return true;
}

// The ASCII letter a character imitates, or the character itself.
char32_t imitated_letter(char32_t c)
{
    c = ascii_lower(c);
    // Each character of kLookAlikes imitates the ASCII letter at the same place in kImitated (l, I and 1
    // look alike in many fonts; so do i and l in some).
    static constexpr std::u32string_view kLookAlikes = U"01i"                               // digits, i
                                                       U"аАВвеЕёЁіІӏӀјЈКкМНһоОрРсСѕЅТуУхХ" // Cyrillic
                                                       U"αΑΒΕΖΗιΙκΚΜνΝοΟρΡτΤυΥχΧ"         // Greek
                                                       U"ı";                                // dotless i
    static constexpr std::string_view kImitated = "oll"
                                                  "aabbeeeelllljjkkmhhooppccsstyyxx"
                                                  "aabezhllkkmvnooppttuyxx"
                                                  "l";
    static_assert(kLookAlikes.size() == kImitated.size());
    if (const std::size_t at = kLookAlikes.find(c); at != std::u32string_view::npos) return static_cast<char32_t>(kImitated[at]);
    if (c >= 0xC0 && c <= 0xFF) {
        static constexpr char kLatin1Letters[] = "aaaaaaaceeeeiiiidnooooo ouuuuyts" // U+00C0..U+00DF
                                                 "aaaaaaaceeeeiiiidnooooo ouuuuyty"; // U+00E0..U+00FF
        const char base_letter = kLatin1Letters[c - 0xC0];
        if (base_letter == ' ') return c;
        return base_letter == 'i' ? 'l' : static_cast<char32_t>(base_letter);
    }
    return c;
}

bool contains_ignoring_case(std::string_view text, std::string_view part)
{
    if (part.empty() || part.size() > text.size()) return false;
    return lowercase(text).find(part) != std::string::npos;
}

std::string without_separators(std::string_view host)
{
    std::string out;
    for (char c : host) {
        if (c != '.' && c != '-') out.push_back(c);
    }
    return out;
}

// How many letters may differ before a host stops looking like `target`: short hosts would make
// every other short host a "look-alike".
std::size_t spelling_tolerance(std::size_t target_length)
{
    if (target_length >= 7) return 2;
    if (target_length >= 5) return 1;
    return 0;
}

bool is_ascii(std::string_view text)
{
    return std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// How different two paths are, to rank near misses: the characters left once their common start and
// common end are set aside. A cheap, linear stand-in for edit distance ("/trade/OBOL_BTC" is 4 from
// "/trade/OBOL_USDT" and 16 from "/launchpool/OBOL").
std::size_t path_distance(std::string_view a, std::string_view b)
{
    std::size_t prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix]) ++prefix;
    std::size_t suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix && a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix]) {
        ++suffix;
    }
    return std::max(a.size(), b.size()) - prefix - suffix;
}

// The path without the first of `prefixes` it starts with ("/zh/trade/X" → "/trade/X"; "/zh" → "/"),
// and that prefix; nothing when it starts with none. Prefixes compare without case ("/zh-TW/").
std::optional<std::pair<std::string, const std::string*>> without_equivalent_prefix(std::string_view path,
                                                                                   const std::vector<std::string>& prefixes)
{
    for (const std::string& prefix : prefixes) {
        const std::string_view bare = std::string_view(prefix).substr(0, prefix.size() - 1); // "/zh"
        if (path.size() < bare.size() || !equal_ignoring_ascii_case(path.substr(0, bare.size()), bare)) continue;
        if (path.size() == bare.size()) return std::pair{std::string("/"), &prefix};
        if (path[bare.size()] == '/') return std::pair{normalized_path(path.substr(bare.size())), &prefix};
    }
    return std::nullopt;
}

// The path's segments ("/trade/OBOL_USDT" → "trade", "OBOL_USDT"), empty ones left out.
std::vector<std::string_view> path_segments(std::string_view path)
{
    std::vector<std::string_view> segments;
    while (!path.empty()) {
        const std::size_t slash = path.find('/');
        const std::string_view segment = path.substr(0, slash);
        if (!segment.empty()) segments.push_back(segment);
        if (slash == std::string_view::npos) break;
        path.remove_prefix(slash + 1);
    }
    return segments;
}

bool has_parameters(const std::vector<QueryParameter>& present, const std::vector<QueryParameter>& wanted)
{
    return std::all_of(wanted.begin(), wanted.end(), [&](const QueryParameter& parameter) {
        return std::find(present.begin(), present.end(), parameter) != present.end();
    });
}

} // namespace

std::size_t edit_distance(std::u32string_view a, std::u32string_view b, std::size_t limit)
{
    const std::size_t n = a.size();
    const std::size_t m = b.size();
    const std::size_t too_far = limit + 1;
    if ((n > m ? n - m : m - n) > limit) return too_far;

    // Three rows of the dynamic program, only the band |i - j| <= limit computed: linear in the
    // length for a small limit. Cells outside the band hold too_far.
    // Host names are short: their rows live on the stack; only long texts allocate.
    constexpr std::size_t kStackRow = 72;
    std::size_t stack_rows[3][kStackRow];
    std::vector<std::size_t> heap_rows;
    std::size_t* before = stack_rows[0];
    std::size_t* previous = stack_rows[1];
    std::size_t* current = stack_rows[2];
    if (m + 1 > kStackRow) {
        heap_rows.resize(3 * (m + 1));
        before = heap_rows.data();
        previous = before + (m + 1);
        current = previous + (m + 1);
    }
    std::fill(before, before + m + 1, too_far);
    std::fill(previous, previous + m + 1, too_far);
    std::fill(current, current + m + 1, too_far);
    for (std::size_t j = 0; j <= std::min(m, limit); ++j) previous[j] = j;
    for (std::size_t i = 1; i <= n; ++i) {
        const std::size_t from = i > limit ? i - limit : 0;
        const std::size_t to = std::min(m, i + limit);
        // The cell left of the band keeps too_far from the row before (the band only moves right).
        if (from > 0) current[from - 1] = too_far;
        std::size_t row_best = too_far;
        if (from == 0) {
            current[0] = i;
            row_best = i;
        }
        for (std::size_t j = std::max<std::size_t>(from, 1); j <= to; ++j) {
            const std::size_t substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            std::size_t best = std::min({substitution, previous[j] + 1, current[j - 1] + 1});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) best = std::min(best, before[j - 2] + 1);
            current[j] = std::min(best, too_far);
            row_best = std::min(row_best, current[j]);
        }
        if (to < m) current[to + 1] = too_far;
        if (row_best > limit) return too_far;
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return std::min(previous[m], too_far);
}

std::u32string host_skeleton(std::string_view host)
{
    const std::string normalized = normalized_host(host);
    std::u32string shape;
    std::string_view rest = normalized;
    bool first_label = true;
    while (true) {
        const std::size_t dot = rest.find('.');
        const std::string_view label = rest.substr(0, dot);
        if (!first_label) shape.push_back('.');
        first_label = false;
        std::u32string decoded;
        if (label.size() > 4 && label.substr(0, 4) == "xn--" && decode_punycode(label.substr(4), decoded)) {
            shape += decoded;
        } else {
            shape += decode_code_points(label);
        }
        if (dot == std::string_view::npos) break;
        rest.remove_prefix(dot + 1);
    }
    for (char32_t& c : shape) c = imitated_letter(c);
    // Letter pairs that read as one letter: "rn" as "m", "vv" as "w".
    std::u32string merged;
    merged.reserve(shape.size());
    for (std::size_t i = 0; i < shape.size(); ++i) {
        if (i + 1 < shape.size() && shape[i] == 'r' && shape[i + 1] == 'n') {
            merged.push_back('m');
            ++i;
        } else if (i + 1 < shape.size() && shape[i] == 'v' && shape[i + 1] == 'v') {
            merged.push_back('w');
            ++i;
        } else {
            merged.push_back(shape[i]);
        }
    }
    return merged;
}

LinkMatcher::LinkMatcher(const LinkRequirement& requirement)
    : requirement_(requirement), wanted_path_(normalized_path(requirement.path))
{
    targets_.push_back({&requirement.host, {}, {}, {}});
    for (const std::string& equivalent : requirement.equivalent_hosts) targets_.push_back({&equivalent, {}, {}, {}});
    for (Target& target : targets_) {
        target.code_points = decode_code_points(*target.host);
        target.skeleton = host_skeleton(*target.host);
        target.without_separators = without_separators(*target.host);
    }
    for (const std::string& url : requirement.equivalent_urls) {
        const std::optional<UrlParts> parts = split_url(url);
        if (!parts) continue;
        equivalent_urls_.push_back({normalized_host(parts->host), normalized_path(parts->path), split_query(parts->query)});
    }
}

std::string without_invisible_characters(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (const char32_t c : decode_code_points(text)) {
        if (!is_invisible_format(c)) append_utf8(out, c);
    }
    return out;
}

namespace {

bool has_invisible_characters(std::string_view text)
{
    // Every invisible format character is encoded with a lead byte of C2, E1, E2 or EF: most links
    // have none of them at all.
    if (std::none_of(text.begin(), text.end(), [](char b) { return static_cast<unsigned char>(b) >= 0xC2; })) return false;
    const std::u32string code_points = decode_code_points(text);
    return std::any_of(code_points.begin(), code_points.end(), is_invisible_format);
}

} // namespace

std::optional<UrlParts> split_link(std::string_view link_text, bool* invisible_characters)
{
    const bool invisible = has_invisible_characters(link_text);
    if (invisible_characters != nullptr) *invisible_characters = invisible;
    return invisible ? split_url(without_invisible_characters(link_text)) : split_url(link_text);
}

std::size_t glued_word_start(std::string_view link_text)
{
    // From the end, word by word: "…/OBOL_USDT$OBOL@gate_io" has two glued words, and the first one's
    // sign is where the link as meant ends.
    // A word: letters, digits and "_", and dots between two of them ("@Gate.io").
    const auto word_character = [&](std::size_t i) { return is_ascii_word_character(static_cast<unsigned char>(link_text[i])); };
    const auto inner_dot = [&](std::size_t i, std::size_t word_end) {
        return link_text[i] == '.' && i >= 1 && i + 1 < word_end && word_character(i - 1) && word_character(i + 1);
    };
    std::size_t start = std::string_view::npos;
    std::size_t end = link_text.size();
    for (;;) {
        std::size_t k = end;
        while (k > 0 && (word_character(k - 1) || inner_dot(k - 1, end))) --k;
        if (k < 2 || k == end) return start;
        const char sign = link_text[k - 1];
        if (sign != '$' && (sign != '@' || link_text[k - 2] == '/')) return start;
        start = end = k - 1;
    }
}

ParsedLink parse_link(std::string_view link_text)
{
    ParsedLink link;
    link.glued_word = glued_word_start(link_text);
    if (link.glued_word != std::string_view::npos) link_text = link_text.substr(0, link.glued_word);
    link.parts = split_link(link_text, &link.invisible_characters);
    if (!link.parts) return link;
    link.host = normalized_host(link.parts->host);
    link.host_code_points = decode_code_points(link.host);
    link.host_shape = host_skeleton(link.host);
    return link;
}

LinkMatch LinkMatcher::match(const ParsedLink& link) const
{
    LinkMatch match;
    if (!link.parts) return match;
    const UrlParts* parts = &*link.parts;
    match.host = link.host;
    match.invisible_characters = link.invisible_characters;
    match.glued_word = link.glued_word;

    const std::string link_path = normalized_path(parts->path);
    if (is_default_port(parts->port, parts->scheme) && !equivalent_urls_.empty()) {
        const std::vector<QueryParameter> present = split_query(parts->query);
        for (const EquivalentUrl& url : equivalent_urls_) {
            if (match.host != url.host || link_path != url.path || !has_parameters(present, url.query)) continue;
            match.kind = LinkMatchKind::Satisfies;
            match.equivalent_url = true;
            match.insecure_scheme = parts->scheme == "http";
            match.missing_scheme = parts->scheme.empty();
            return match;
        }
    }
    const Target* same_site = nullptr;
    for (const Target& target : targets_) {
        if (match.host == *target.host) {
            same_site = &target;
            break;
        }
    }
    if (same_site) {
        match.equivalent_host = same_site != &targets_.front();
        match.insecure_scheme = parts->scheme == "http";
        match.missing_scheme = parts->scheme.empty();
        if (!is_default_port(parts->port, parts->scheme)) {
            match.kind = LinkMatchKind::OtherAddress;
            match.path_distance = path_distance(link_path, wanted_path_);
            return match;
        }
        if (link_path != wanted_path_) {
            const auto unprefixed = without_equivalent_prefix(link_path, requirement_.equivalent_path_prefixes);
            if (unprefixed && unprefixed->first == wanted_path_) match.path_prefix = *unprefixed->second;
        }
        const std::vector<QueryParameter> present = split_query(parts->query);
        if (link_path != wanted_path_ && match.path_prefix.empty()) {
            match.kind = LinkMatchKind::WrongPath;
            match.path_differs_only_in_case = equal_ignoring_ascii_case(link_path, wanted_path_);
            match.path_distance = path_distance(link_path, wanted_path_);
            // The kind of page is the path's first segment, read past a language prefix.
            const auto unprefixed = without_equivalent_prefix(link_path, requirement_.equivalent_path_prefixes);
            const std::vector<std::string_view> written = path_segments(unprefixed ? unprefixed->first : link_path);
            const std::vector<std::string_view> wanted = path_segments(wanted_path_);
            match.same_kind_of_page = !written.empty() && !wanted.empty() && equal_ignoring_ascii_case(written.front(), wanted.front());
            if (match.same_kind_of_page) {
                const bool stops_short = written.size() < wanted.size() &&
                                         std::equal(written.begin(), written.end(), wanted.begin(),
                                                    [](std::string_view a, std::string_view b) { return equal_ignoring_ascii_case(a, b); });
                match.unlisted_form = stops_short || (!requirement_.query.empty() && has_parameters(present, requirement_.query));
            }
            return match;
        }
        for (const QueryParameter& wanted : requirement_.query) {
            if (std::find(present.begin(), present.end(), wanted) == present.end()) {
                match.missing_parameters.push_back(wanted);
            }
        }
        match.kind = match.missing_parameters.empty() ? LinkMatchKind::Satisfies : LinkMatchKind::MissingParameters;
        return match;
    }

    for (const Target& target : targets_) {
        const std::string& host = *target.host;
        if (match.host.size() > host.size() + 1 && match.host.compare(match.host.size() - host.size(), host.size(), host) == 0 &&
            match.host[match.host.size() - host.size() - 1] == '.') {
            match.kind = LinkMatchKind::OtherAddress;
            match.path_distance = path_distance(link_path, wanted_path_);
            return match;
        }
    }

    // Look-alikes, from the most certain sign to the least.
    const std::u32string& host_shape = link.host_shape;
    const std::u32string& host_code_points = link.host_code_points;
    const std::string bare_host = without_separators(match.host);
    for (const Target& target : targets_) {
        const std::string& host = *target.host;
        LookAlikeReason reason = LookAlikeReason::None;
        const std::size_t tolerance = spelling_tolerance(host.size());
        if (contains_ignoring_case(parts->userinfo, host)) {
            reason = LookAlikeReason::HostBeforeAt;
        } else if (host_shape == target.skeleton) {
            reason = LookAlikeReason::ConfusableCharacters;
        } else if (match.host.find(host) != std::string::npos ||
                   (target.without_separators.size() >= 5 && bare_host.find(target.without_separators) != std::string::npos)) {
            reason = LookAlikeReason::EmbeddedHost;
        } else if (edit_distance(host_code_points, target.code_points, tolerance) <= tolerance) {
            const bool plain = is_ascii(match.host) && match.host.find("xn--") == std::string::npos;
            reason = plain ? LookAlikeReason::NearSpelling : LookAlikeReason::ConfusableCharacters;
        } else if (edit_distance(host_shape, target.skeleton, tolerance) <= tolerance) {
            reason = LookAlikeReason::ConfusableCharacters;
        }
        if (reason != LookAlikeReason::None) {
            match.kind = LinkMatchKind::LookAlike;
            match.look_alike = reason;
            match.resembled_host = host;
            match.path_distance = path_distance(link_path, wanted_path_);
            return match;
        }
    }
    return match;
}

LinkMatch match_link(std::string_view link_text, const LinkRequirement& requirement)
{
    return LinkMatcher(requirement).match(parse_link(link_text));
}

std::string corrected_link(std::string_view written, const LinkRequirement& requirement, const LinkMatch& match)
{
    if (match.glued_word != std::string::npos) written = written.substr(0, match.glued_word); // the link as meant
    const std::string visible = match.invisible_characters ? without_invisible_characters(written) : std::string();
    const std::string_view link_text = match.invisible_characters ? std::string_view(visible) : written;
    const bool fix_scheme = match.insecure_scheme || match.missing_scheme;
    if (match.kind == LinkMatchKind::Satisfies) {
        if (!fix_scheme) return std::string(link_text);
        const std::size_t separator = link_text.find("://");
        const std::string_view rest = separator == std::string_view::npos ? link_text : link_text.substr(separator + 3);
        return "https://" + std::string(rest);
    }
    if (match.kind != LinkMatchKind::MissingParameters) return requirement.url;

    std::string_view text = link_text;
    std::string fragment;
    const std::size_t hash = text.find('#');
    if (hash != std::string_view::npos) {
        fragment = std::string(text.substr(hash));
        text = text.substr(0, hash);
    }
    std::string_view query;
    const std::size_t question = text.find('?');
    if (question != std::string_view::npos) {
        query = text.substr(question + 1);
        text = text.substr(0, question);
    }
    // The parameters are kept as written (a referral code stays exactly as it was); only the required
    // ones are corrected or appended.
    std::vector<std::string> pieces;
    for (std::string_view rest = query; !rest.empty();) {
        const std::size_t amp = rest.find('&');
        if (amp != 0) pieces.emplace_back(rest.substr(0, amp));
        if (amp == std::string_view::npos) break;
        rest.remove_prefix(amp + 1);
    }
    for (const QueryParameter& wanted : match.missing_parameters) {
        const std::string written = wanted.name + "=" + wanted.value;
        const auto same_name = std::find_if(pieces.begin(), pieces.end(), [&](const std::string& piece) {
            return piece == wanted.name || piece.compare(0, wanted.name.size() + 1, wanted.name + "=") == 0;
        });
        if (same_name != pieces.end()) *same_name = written;
        else pieces.push_back(written);
    }
    std::string fixed;
    if (fix_scheme) {
        const std::size_t separator = text.find("://");
        fixed = "https://" + std::string(separator == std::string_view::npos ? text : text.substr(separator + 3));
    } else {
        fixed = std::string(text);
    }
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        fixed += i == 0 ? '?' : '&';
        fixed += pieces[i];
    }
    return fixed + fragment;
}

} // namespace cw
