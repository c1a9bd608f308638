#include "core/text/url.h"

#include <catch2/catch.hpp>

TEST_CASE("a URL is split into its parts as written")
{
    const auto parts = cw::split_url("HTTPS://user@WWW.Gate.io:8443/launchpool/OBOL?pid=291&ref#top");
    REQUIRE(parts);
    CHECK(parts->scheme == "https");
    CHECK(parts->userinfo == "user");
    CHECK(parts->host == "WWW.Gate.io");
    CHECK(parts->port == "8443");
    CHECK(parts->path == "/launchpool/OBOL");
    CHECK(parts->query == "pid=291&ref");
    CHECK(parts->fragment == "top");
}

TEST_CASE("a link without a scheme has a host and a path")
{
    const auto parts = cw::split_url("gate.io/trade/OBOL_USDT");
    REQUIRE(parts);
    CHECK(parts->scheme.empty());
    CHECK(parts->host == "gate.io");
    CHECK(parts->path == "/trade/OBOL_USDT");
    CHECK(cw::split_url("gate.io:443/x")->port == "443");
}

TEST_CASE("other schemes and links without a host are refused")
{
    CHECK_FALSE(cw::split_url("javascript:alert(1)"));
    CHECK_FALSE(cw::split_url("data:text/html,hi"));
    CHECK_FALSE(cw::split_url("ftp://example.com/"));
    CHECK_FALSE(cw::split_url("https:///path"));
    CHECK_FALSE(cw::split_url("mailto:team@example.com"));
}

TEST_CASE("only http(s) URLs with a host and nothing invisible are campaign URLs")
{
    CHECK(cw::is_http_url("https://www.gate.io/launchpool/OBOL?pid=291"));
    CHECK(cw::is_http_url("http://example.com"));
    CHECK(cw::is_http_url("HTTPS://EXAMPLE.COM/"));
    CHECK_FALSE(cw::is_http_url("javascript:alert(1)"));
    CHECK_FALSE(cw::is_http_url("www.gate.io/trade/OBOL_USDT"));
    CHECK_FALSE(cw::is_http_url("https://exa mple.com"));
    CHECK_FALSE(cw::is_http_url("https://example.com/\n"));
    CHECK_FALSE(cw::is_http_url("https://example.com:port/"));
    CHECK_FALSE(cw::is_http_url(""));
}

TEST_CASE("query parameters are split as written")
{
    CHECK(cw::split_query("a=1&b=&c&&d=x=y") ==
          std::vector<cw::QueryParameter>{{"a", "1"}, {"b", ""}, {"c", ""}, {"d", "x=y"}});
    CHECK(cw::split_query("").empty());
}

TEST_CASE("hosts compare without case, www. and a trailing dot")
{
    CHECK(cw::normalized_host("WWW.Gate.IO.") == "gate.io");
    CHECK(cw::normalized_host("www2.gate.io") == "www2.gate.io");
    CHECK(cw::normalized_host("www.") == "www");
}
