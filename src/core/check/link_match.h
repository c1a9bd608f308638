// Does a link found in a post satisfy a LinkRequirement, and if not, how close is it?
//
// Scheme and host compare without case and "www." is optional. The path must match exactly (after
// dropping one trailing '/'), or after one of the requirement's equivalent path prefixes ("/zh/"); the requirement's query parameters must be present with their values,
// and other parameters (referral codes) are fine. A link that is close but wrong is classified so the
// check can say exactly what is wrong and how to fix it; a look-alike host is the dangerous case and is
// told apart from an honest mistake on the right site.
#pragma once

#include "core/check/rules/link.h"
#include "core/text/url.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cw {

enum class LinkMatchKind {
    Satisfies,         // counts; see the flags for a warning or a note
    MissingParameters, // the right page without a required parameter, or with another value
    WrongPath,         // the right site, another page (see same_kind_of_page)
    OtherAddress,      // a subdomain of the right site ("m.gate.io"), or another port
    LookAlike,         // not the right site but made to look like it: may be phishing
    Unrelated,         // another site; says nothing about this requirement
};

enum class LookAlikeReason {
    None,
    NearSpelling,         // one or two letters off: "gaet.io", "gate.co"
    EmbeddedHost,         // the real host inside a longer one: "gate.io.example.com", "gate-io.com"
    ConfusableCharacters, // characters that look alike: Cyrillic "а", "0" for "o", punycode "xn--…"
    HostBeforeAt,         // "https://gate.io@example.com/…" opens example.com
};

struct LinkMatch {
    LinkMatchKind kind = LinkMatchKind::Unrelated;
    bool insecure_scheme = false; // http://
    bool missing_scheme = false;  // "www.gate.io/…" or "gate.io/…"
    bool equivalent_host = false; // on one of the requirement's equivalent hosts
    bool path_differs_only_in_case = false;
    bool equivalent_url = false;  // one of the requirement's equivalent_urls
    // Invisible characters inside ("…/OBOL<U+200B>_USDT"): matched as the eye reads the link, without
    // them, but a site's link ends at the first one, so a link that counts still needs them out.
    bool invisible_characters = false;
    // A ticker or a name typed right after the link with no space ("…/OBOL_USDT$OBOL",
    // "…/OBOL_USDT@gate_io", "…/OBOL_USDT@Gate.io"): a site's link takes the "$" or "@" and what follows
    // (letters, digits, "_", and dots between them) into its path. Matched without it; the byte offset
    // of its "$" or "@" in the link's text, npos when there is none (glued_word_start()). A link that
    // counts still needs a space before it.
    std::size_t glued_word = std::string::npos;
    // WrongPath on a page of the requirement's kind: the same first path segment, language prefixes
    // aside ("/zh/trade/OBOL_BTC" for "/trade/OBOL_USDT"). Closer than any other page of the site.
    bool same_kind_of_page = false;
    // ... and written in a form the campaign does not list rather than for another value: it carries
    // the requirement's parameters ("/zh/launchpool?pid=291" for "/launchpool/OBOL?pid=291"), or its
    // path stops short of the requirement's ("/launchpool" for "/launchpool/OBOL").
    bool unlisted_form = false;
    std::string path_prefix;      // "/zh/": the right page under one of the requirement's equivalent prefixes
    std::vector<QueryParameter> missing_parameters; // the required values that are absent or different
    LookAlikeReason look_alike = LookAlikeReason::None;
    std::string host;              // the link's host, normalized_host()
    std::string resembled_host;    // the requirement's host (or equivalent) that a look-alike imitates
    std::size_t path_distance = 0; // how much the paths differ (see link_match.cpp), to rank near misses
};

LinkMatch match_link(std::string_view link_text, const LinkRequirement& requirement);

// A link split and its host prepared once, to be compared with several requirements.
struct ParsedLink {
    std::optional<UrlParts> parts; // nullopt when the text is not an http(s) link
    std::string host;              // normalized_host()
    std::u32string host_code_points;
    std::u32string host_shape;     // host_skeleton()
    bool invisible_characters = false; // read without them (without_invisible_characters())
    std::size_t glued_word = std::string::npos; // read without it (glued_word_start())
};
ParsedLink parse_link(std::string_view link_text);

// Where a ticker or a name glued to the end of a link begins ("…/OBOL_USDT$OBOL": the "$";
// "…/OBOL_USDT@gate_io": the "@"), npos when the link does not end in one: "$" or "@", then ASCII
// letters, digits and "_" to the end; of several glued one after the other ("$OBOL@gate_io"), the
// first. An "@" right after a "/" is the path's own ("youtube.com/@name", a profile page), not a name
// glued to the link. The mention check reads glued words by this too (mentions.h,
// look_at_links_ends()).
std::size_t glued_word_start(std::string_view link_text);

// The text with its invisible format characters (is_invisible_format()) taken out.
std::string without_invisible_characters(std::string_view text);
// A link split as the eye reads it, without its invisible characters (split_url()); whether it had any
// goes to *invisible_characters when asked. What parse_link() and the advertising rule's hosts read.
std::optional<UrlParts> split_link(std::string_view link_text, bool* invisible_characters = nullptr);

// The same as match_link(), for many links against one requirement: what can be prepared once (the
// requirement's hosts as code points and skeletons) is. Keeps a reference to the requirement.
class LinkMatcher {
public:
    explicit LinkMatcher(const LinkRequirement& requirement);
    LinkMatch match(const ParsedLink& link) const;

private:
    struct Target {
        const std::string* host;       // the requirement's host or one of its equivalents
        std::u32string code_points;
        std::u32string skeleton;
        std::string without_separators; // "gateio"
    };
    struct EquivalentUrl {
        std::string host;
        std::string path;
        std::vector<QueryParameter> query;
    };
    const LinkRequirement& requirement_;
    std::vector<Target> targets_;
    std::vector<EquivalentUrl> equivalent_urls_;
    std::string wanted_path_;
};

// The link as it should be written, never with invisible characters. For a link that counts with a
// warning: the same link with https://. For missing parameters: the same link (referral codes kept) with the required parameters
// added or corrected, and https://. For anything else: the requirement's url.
std::string corrected_link(std::string_view link_text, const LinkRequirement& requirement, const LinkMatch& match);

// Edit distance with adjacent transpositions (optimal string alignment), or limit + 1 when it is
// larger than limit. Linear in the length for a small limit.
std::size_t edit_distance(std::u32string_view a, std::u32string_view b, std::size_t limit);

// The host as a reader sees it: punycode labels decoded, look-alike characters (Cyrillic, Greek,
// accented Latin, 0 and 1) mapped to the ASCII letters they imitate, lowercase. Two hosts with the same
// skeleton look the same.
std::u32string host_skeleton(std::string_view host);

} // namespace cw
