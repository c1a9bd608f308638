// The parts of a URL as written in a post or a campaign file, without any normalization.
//
// split_url() is deliberately lenient: drafts contain links without a scheme ("gate.io/trade/…"), and
// the checks need to see the host of a look-alike link exactly as it was written. Normalization (case,
// "www.", a trailing dot) happens in normalized_host(), where the comparison needs it.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cw {

struct UrlParts {
    std::string scheme;   // lowercase, without "://"; "" when the text had no scheme
    std::string userinfo; // the part before '@' in the authority, "" when none
    std::string host;     // as written
    std::string port;     // digits after ':' in the authority, "" when none
    std::string path;     // "" or starting with '/'
    std::string query;    // after '?', without it
    std::string fragment; // after '#', without it
    bool has_query = false;
    bool has_fragment = false;
};

struct QueryParameter {
    std::string name;
    std::string value;
    friend bool operator==(const QueryParameter&, const QueryParameter&) = default;
};

// "https://www.gate.io/launchpool/OBOL?pid=291" or "gate.io/trade/OBOL_USDT". Returns nullopt when
// there is no host, or when the text has a scheme other than http(s) ("javascript:", "ftp://").
std::optional<UrlParts> split_url(std::string_view text);

// True for "http://" or "https://" (any case) followed by a host, with no white space or control
// characters anywhere: the only URLs a campaign file may contain.
bool is_http_url(std::string_view text);

// "a=1&b=&c" → {a,1} {b,""} {c,""}. No percent-decoding: the campaign's values are compared as written.
std::vector<QueryParameter> split_query(std::string_view query);

// Lowercase ASCII, without a trailing '.' and without a leading "www.": "WWW.Gate.IO." → "gate.io".
std::string normalized_host(std::string_view host);

} // namespace cw
