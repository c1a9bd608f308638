#include "core/text/url.h"

#include "core/text/ascii.h"

namespace cw {

namespace {

bool starts_with_ignoring_case(std::string_view text, std::string_view prefix)
{
    if (text.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        if (ascii_lower(text[i]) != prefix[i]) return false;
    }
    return true;
}

} // namespace

std::optional<UrlParts> split_url(std::string_view text)
{
    UrlParts parts;
    std::string_view rest = text;
    if (starts_with_ignoring_case(rest, "https://")) {
        parts.scheme = "https";
        rest.remove_prefix(8);
    } else if (starts_with_ignoring_case(rest, "http://")) {
        parts.scheme = "http";
        rest.remove_prefix(7);
    } else {
        // Any other "scheme:" (javascript:, data:, ftp://) is refused. A colon before the first '/'
        // that is followed by digits is a port ("gate.io:443/…"), not a scheme.
        const std::size_t colon = rest.find(':');
        const std::size_t slash = rest.find('/');
        if (colon != std::string_view::npos && (slash == std::string_view::npos || colon < slash)) {
            const bool port_follows = colon + 1 < rest.size() && is_ascii_digit(rest[colon + 1]);
            if (!port_follows || rest.substr(0, colon).find('@') != std::string_view::npos) return std::nullopt;
        }
    }

    const std::size_t authority_end = rest.find_first_of("/?#");
    std::string_view authority = rest.substr(0, authority_end);
    std::string_view after = authority_end == std::string_view::npos ? std::string_view{} : rest.substr(authority_end);

    const std::size_t at = authority.rfind('@');
    if (at != std::string_view::npos) {
        parts.userinfo = std::string(authority.substr(0, at));
        authority.remove_prefix(at + 1);
    }
    const std::size_t colon = authority.rfind(':');
    if (colon != std::string_view::npos) {
        parts.port = std::string(authority.substr(colon + 1));
        authority = authority.substr(0, colon);
    }
    if (authority.empty()) return std::nullopt;
    parts.host = std::string(authority);

    const std::size_t hash = after.find('#');
    if (hash != std::string_view::npos) {
        parts.fragment = std::string(after.substr(hash + 1));
        parts.has_fragment = true;
        after = after.substr(0, hash);
    }
    const std::size_t question = after.find('?');
    if (question != std::string_view::npos) {
        parts.query = std::string(after.substr(question + 1));
        parts.has_query = true;
        after = after.substr(0, question);
    }
    parts.path = std::string(after);
    return parts;
}

bool is_http_url(std::string_view text)
{
    for (char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte <= 0x20 || byte == 0x7F) return false;
    }
    const auto parts = split_url(text);
    if (!parts || parts->scheme.empty()) return false;
    for (char c : parts->port) {
        if (!is_ascii_digit(c)) return false;
    }
    return true;
}

std::vector<QueryParameter> split_query(std::string_view query)
{
    std::vector<QueryParameter> parameters;
    while (!query.empty()) {
        const std::size_t amp = query.find('&');
        const std::string_view pair = query.substr(0, amp);
        if (!pair.empty()) {
            const std::size_t equals = pair.find('=');
            if (equals == std::string_view::npos) {
                parameters.push_back({std::string(pair), ""});
            } else {
                parameters.push_back({std::string(pair.substr(0, equals)), std::string(pair.substr(equals + 1))});
            }
        }
        if (amp == std::string_view::npos) break;
        query.remove_prefix(amp + 1);
    }
    return parameters;
}

std::string normalized_host(std::string_view host)
{
    std::string lowered;
    lowered.reserve(host.size());
    for (char c : host) lowered.push_back(ascii_lower(c));
    if (!lowered.empty() && lowered.back() == '.') lowered.pop_back();
    if (lowered.size() > 4 && lowered.compare(0, 4, "www.") == 0) lowered.erase(0, 4);
    return lowered;
}

} // namespace cw
