#include "core/check/link_match.h"

#include "test_campaigns.h"

#include <catch2/catch.hpp>

using cw::LinkMatchKind;
using cw::LookAlikeReason;

namespace {

const cw::LinkRequirement& spot()
{
    static const cw::LinkRequirement requirement = link_requirement("https://www.gate.io/trade/OBOL_USDT", {"gate.com"});
    return requirement;
}
const cw::LinkRequirement& pool()
{
    static const cw::LinkRequirement requirement = link_requirement("https://www.gate.io/launchpool/OBOL?pid=291", {"gate.com"});
    return requirement;
}
const cw::LinkRequirement& market()
{
    static const cw::LinkRequirement requirement = link_requirement("https://exchange.example.com/markets/QUILL-USDC");
    return requirement;
}
const cw::LinkRequirement& earn()
{
    static const cw::LinkRequirement requirement = link_requirement("https://exchange.example.com/earn?asset=QUILL&term=30");
    return requirement;
}

enum Flag { None = 0, Insecure = 1, NoScheme = 2, Equivalent = 4, CaseOnly = 8 };

struct MatchCase {
    const char* behaviour;
    std::string link;
    const cw::LinkRequirement& (*requirement)();
    LinkMatchKind kind;
    int flags = None;
    LookAlikeReason reason = LookAlikeReason::None;
};

} // namespace

TEST_CASE("a found link is compared with the required one: what counts, what is close, what imitates it")
{
    const std::vector<MatchCase> cases = {
        {"the exact link counts", "https://www.gate.io/trade/OBOL_USDT", spot, LinkMatchKind::Satisfies},
        {"www. is optional", "https://gate.io/trade/OBOL_USDT", spot, LinkMatchKind::Satisfies},
        {"scheme and host compare without case", "HTTPS://WWW.GATE.IO/trade/OBOL_USDT", spot, LinkMatchKind::Satisfies},
        {"a trailing slash does not matter", "https://www.gate.io/trade/OBOL_USDT/", spot, LinkMatchKind::Satisfies},
        {"a trailing dot on the host does not matter", "https://www.gate.io./trade/OBOL_USDT", spot, LinkMatchKind::Satisfies},
        {"an extra parameter such as a referral code is fine", "https://www.gate.io/trade/OBOL_USDT?ref=abc", spot, LinkMatchKind::Satisfies},
        {"the default https port is fine", "https://www.gate.io:443/trade/OBOL_USDT", spot, LinkMatchKind::Satisfies},
        {"http:// counts with a warning", "http://www.gate.io/trade/OBOL_USDT", spot, LinkMatchKind::Satisfies, Insecure},
        {"a link without a scheme counts with a warning", "www.gate.io/trade/OBOL_USDT", spot, LinkMatchKind::Satisfies, NoScheme},
        {"a bare host and path counts with a warning", "gate.io/trade/OBOL_USDT", spot, LinkMatchKind::Satisfies, NoScheme},
        {"a declared equivalent host counts, with a note", "https://www.gate.com/trade/OBOL_USDT", spot, LinkMatchKind::Satisfies, Equivalent},
        {"an equivalent host over http warns", "http://gate.com/trade/OBOL_USDT", spot, LinkMatchKind::Satisfies, Equivalent | Insecure},
        {"the required parameter with its value counts", "https://www.gate.io/launchpool/OBOL?pid=291", pool, LinkMatchKind::Satisfies},
        {"required parameters may come after others", "https://www.gate.io/launchpool/OBOL?ref=x&pid=291", pool, LinkMatchKind::Satisfies},
        {"a fragment does not matter", "https://www.gate.io/launchpool/OBOL?pid=291#rules", pool, LinkMatchKind::Satisfies},
        {"two required parameters in another order count", "https://exchange.example.com/earn?term=30&asset=QUILL", earn, LinkMatchKind::Satisfies},
        {"another campaign's exact link counts", "https://exchange.example.com/markets/QUILL-USDC", market, LinkMatchKind::Satisfies},
        // Near misses on the right site.
        {"another trading pair is a wrong path", "https://www.gate.io/trade/OBOL_BTC", spot, LinkMatchKind::WrongPath},
        {"the home page is a wrong path", "https://www.gate.io/", spot, LinkMatchKind::WrongPath},
        {"a path in another case is a wrong path, told as such", "https://www.gate.io/trade/obol_usdt", spot, LinkMatchKind::WrongPath, CaseOnly},
        {"the launchpool link is a wrong path for the spot link", "https://www.gate.io/launchpool/OBOL?pid=291", spot, LinkMatchKind::WrongPath},
        {"a wrong path on the equivalent host is still a wrong path", "https://gate.com/trade/OBOL_BTC", spot, LinkMatchKind::WrongPath, Equivalent},
        {"a missing required parameter is a near miss", "https://www.gate.io/launchpool/OBOL", pool, LinkMatchKind::MissingParameters},
        {"a required parameter with another value is a near miss", "https://www.gate.io/launchpool/OBOL?pid=290", pool, LinkMatchKind::MissingParameters},
        {"a missing parameter without a scheme is a near miss", "gate.io/launchpool/OBOL", pool, LinkMatchKind::MissingParameters, NoScheme},
        {"one of two required parameters missing is a near miss", "https://exchange.example.com/earn?asset=QUILL", earn, LinkMatchKind::MissingParameters},
        {"a subdomain of the right site is another address", "https://m.gate.io/trade/OBOL_USDT", spot, LinkMatchKind::OtherAddress},
        {"another port is another address", "https://www.gate.io:8443/trade/OBOL_USDT", spot, LinkMatchKind::OtherAddress},
        // Look-alikes.
        {"two swapped letters look alike", "https://gaet.io/trade/OBOL_USDT", spot, LinkMatchKind::LookAlike, None, LookAlikeReason::NearSpelling},
        {"another top-level domain one letter off looks alike", "https://gate.co/trade/OBOL_USDT", spot, LinkMatchKind::LookAlike, None, LookAlikeReason::NearSpelling},
        {"a doubled letter looks alike", "https://www.gatee.io/trade/OBOL_USDT", spot, LinkMatchKind::LookAlike, None, LookAlikeReason::NearSpelling},
        {"two letters off looks alike", "https://gaet.oi/launchpool/OBOL?pid=291", pool, LinkMatchKind::LookAlike, None, LookAlikeReason::NearSpelling},
        {"the real host in front of another domain looks alike", "https://gate.io.example.com/trade/OBOL_USDT", spot, LinkMatchKind::LookAlike, None, LookAlikeReason::EmbeddedHost},
        {"the real host inside a longer name looks alike", "https://login-gate.io/trade/OBOL_USDT", spot, LinkMatchKind::LookAlike, None, LookAlikeReason::EmbeddedHost},
        {"the real host with a hyphen for the dot looks alike", "https://gate-io.com/trade/OBOL_USDT", spot, LinkMatchKind::LookAlike, None, LookAlikeReason::EmbeddedHost},
        {"a Cyrillic а looks alike", "https://g\u0430te.io/trade/OBOL_USDT", spot, LinkMatchKind::LookAlike, None, LookAlikeReason::ConfusableCharacters},
        {"a Greek ο looks alike", "https://gate.i\u03BF/trade/OBOL_USDT", spot, LinkMatchKind::LookAlike, None, LookAlikeReason::ConfusableCharacters},
        {"a zero for an o looks alike", "https://gate.i0/trade/OBOL_USDT", spot, LinkMatchKind::LookAlike, None, LookAlikeReason::ConfusableCharacters},
        {"punycode of a Cyrillic look-alike looks alike", "https://xn--gte-6cd.io/trade/OBOL_USDT", spot, LinkMatchKind::LookAlike, None, LookAlikeReason::ConfusableCharacters},
        {"the real host before @ is a disguise", "https://gate.io@example.com/trade/OBOL_USDT", spot, LinkMatchKind::LookAlike, None, LookAlikeReason::HostBeforeAt},
        {"a digit for a letter in another campaign's host looks alike", "https://exchange.examp1e.com/markets/QUILL-USDC", market, LinkMatchKind::LookAlike, None, LookAlikeReason::ConfusableCharacters},
        {"the equivalent host misspelt looks alike too", "https://gaet.com/trade/OBOL_USDT", spot, LinkMatchKind::LookAlike, None, LookAlikeReason::NearSpelling},
        // Unrelated.
        {"another site is unrelated", "https://www.example.com/trade/OBOL_USDT", spot, LinkMatchKind::Unrelated},
        {"Obol's own site is unrelated to the exchange link", "https://obol.org/", spot, LinkMatchKind::Unrelated},
        {"a social profile mentioning the host is unrelated", "https://x.com/gate_io", spot, LinkMatchKind::Unrelated},
        {"the OBOL link is unrelated to another campaign's link", "https://www.gate.io/trade/OBOL_USDT", market, LinkMatchKind::Unrelated},
        {"a javascript: link is unrelated", "javascript:alert(1)", spot, LinkMatchKind::Unrelated},
    };
    for (const MatchCase& c : cases) {
        INFO(c.behaviour << "\n  link: " << c.link);
        const cw::LinkMatch match = cw::match_link(c.link, c.requirement());
        CHECK(match.kind == c.kind);
        CHECK(match.insecure_scheme == ((c.flags & Insecure) != 0));
        CHECK(match.missing_scheme == ((c.flags & NoScheme) != 0));
        CHECK(match.equivalent_host == ((c.flags & Equivalent) != 0));
        CHECK(match.path_differs_only_in_case == ((c.flags & CaseOnly) != 0));
        CHECK(match.look_alike == c.reason);
    }
}

TEST_CASE("a missing or different parameter is listed with the value the campaign needs")
{
    const auto missing = cw::match_link("https://www.gate.io/launchpool/OBOL?pid=290", pool());
    CHECK(missing.missing_parameters == std::vector<cw::QueryParameter>{{"pid", "291"}});
}

TEST_CASE("a look-alike names the host it imitates")
{
    const auto match = cw::match_link("https://gate.io.example.com/x", spot());
    CHECK(match.host == "gate.io.example.com");
    CHECK(match.resembled_host == "gate.io");
}

TEST_CASE("the fix for a link keeps what was right and corrects what was wrong")
{
    struct FixCase {
        const char* behaviour;
        std::string link;
        const cw::LinkRequirement& (*requirement)();
        std::string fixed;
    };
    const std::vector<FixCase> cases = {
        {"http becomes https", "http://www.gate.io/trade/OBOL_USDT", spot, "https://www.gate.io/trade/OBOL_USDT"},
        {"a missing scheme is added", "gate.io/trade/OBOL_USDT?ref=7", spot, "https://gate.io/trade/OBOL_USDT?ref=7"},
        {"a missing parameter is appended", "https://www.gate.io/launchpool/OBOL", pool, "https://www.gate.io/launchpool/OBOL?pid=291"},
        {"a missing parameter goes after a referral code", "https://www.gate.io/launchpool/OBOL?ref=abc", pool,
         "https://www.gate.io/launchpool/OBOL?ref=abc&pid=291"},
        {"a wrong value is corrected in place", "https://gate.io/launchpool/OBOL?pid=290&ref=abc#top", pool,
         "https://gate.io/launchpool/OBOL?pid=291&ref=abc#top"},
        {"a missing parameter and scheme are both fixed", "gate.io/launchpool/OBOL", pool, "https://gate.io/launchpool/OBOL?pid=291"},
        {"a wrong path is replaced by the required link", "https://www.gate.io/trade/OBOL_BTC", spot, "https://www.gate.io/trade/OBOL_USDT"},
        {"a look-alike is replaced by the required link", "https://gaet.io/launchpool/OBOL?pid=291", pool,
         "https://www.gate.io/launchpool/OBOL?pid=291"},
        {"two missing parameters are both added", "https://exchange.example.com/earn", earn,
         "https://exchange.example.com/earn?asset=QUILL&term=30"},
    };
    for (const FixCase& c : cases) {
        INFO(c.behaviour);
        const cw::LinkMatch match = cw::match_link(c.link, c.requirement());
        CHECK(cw::corrected_link(c.link, c.requirement(), match) == c.fixed);
    }
}

TEST_CASE("edit distance counts a swap of neighbours as one edit and stops past its limit")
{
    CHECK(cw::edit_distance(U"gate.io", U"gaet.io", 2) == 1);
    CHECK(cw::edit_distance(U"gate.io", U"gate.com", 2) == 2);
    CHECK(cw::edit_distance(U"gate.io", U"gala.io", 2) == 2);
    CHECK(cw::edit_distance(U"gate.io", U"example.org", 2) == 3);
    CHECK(cw::edit_distance(U"", U"abc", 5) == 3);
    CHECK(cw::edit_distance(std::u32string(100000, U'a'), std::u32string(100000, U'a'), 2) == 0);
}

TEST_CASE("a host's skeleton maps look-alike characters and punycode to what they imitate")
{
    CHECK(cw::host_skeleton("g\u0430te.io") == cw::host_skeleton("gate.io"));
    CHECK(cw::host_skeleton("xn--gte-6cd.io") == cw::host_skeleton("gate.io"));
    CHECK(cw::host_skeleton("xn--gt-7kcv.io") == cw::host_skeleton("gate.io"));
    CHECK(cw::host_skeleton("WWW.Gate.IO") == cw::host_skeleton("gate.io"));
    CHECK(cw::host_skeleton("rnetamask.io") == cw::host_skeleton("metamask.io"));
    CHECK(cw::host_skeleton("xn--broken-!") == U"xn--broken-!"); // not punycode: left as written
    CHECK(cw::host_skeleton("gate.io") != cw::host_skeleton("gate.com"));
}
