// Campaign files come from third parties through the element's campaign URL: the loader refuses files
// that are too large or nested too deeply before it builds anything from them, with a message, and
// never recurses as deep as the file is nested.
#include "core/campaign/campaign.h"

#include "test_campaigns.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <string>

namespace {

std::string nested_arrays(std::size_t depth)
{
    return std::string(depth, '[') + std::string(depth, ']');
}

std::string obol_without_notes()
{
    nlohmann::json campaign = nlohmann::json::parse(read_source_file("assets/campaigns/obol.json"));
    campaign.erase("notes");
    return campaign.dump();
}

// The OBOL campaign with its notes (free text for authors) set to `notes`, the text of a JSON value.
std::string obol_with_notes(const std::string& notes)
{
    return "{\"notes\": " + notes + "," + obol_without_notes().substr(1);
}

std::string only_problem(const cw::CampaignLoad& load)
{
    REQUIRE(load.problems.size() == 1);
    return cw::describe(load.problems.front());
}

} // namespace

TEST_CASE("a campaign file over 1 MB is refused before it is read, with its size")
{
    const std::string ten_megabytes = obol_with_notes("\"" + std::string(10'000'000, 'x') + "\"");
    const cw::CampaignLoad load = cw::load_campaign(ten_megabytes);
    CHECK_FALSE(load.campaign);
    CHECK(only_problem(load) == "the file is 10.0 MB; a campaign file may be at most 1.0 MB");
}

TEST_CASE("a campaign file just under the size limit loads")
{
    const std::string base = obol_without_notes();
    const std::string padded = obol_with_notes("\"" + std::string(cw::kMaxCampaignBytes - base.size() - 20, 'x') + "\"");
    REQUIRE(padded.size() <= cw::kMaxCampaignBytes);
    const cw::CampaignLoad load = cw::load_campaign(padded);
    CHECK(load.problems.empty());
    CHECK(load.campaign);
}

TEST_CASE("100,000 nested arrays are refused by their depth, wherever they are")
{
    const std::string deep = nested_arrays(100'000);
    // format_version's message once printed the value it got, recursing once per level.
    for (const std::string& text : {deep, "{\"format_version\": " + deep + "}", obol_with_notes(deep)}) {
        const cw::CampaignLoad load = cw::load_campaign(text);
        CHECK_FALSE(load.campaign);
        CHECK(only_problem(load).find("nested more than 64 levels deep") != std::string::npos);
    }
}

TEST_CASE("the depth message says where the nesting goes too deep")
{
    const cw::CampaignLoad load = cw::load_campaign("{\"a\": " + nested_arrays(65) + "}");
    CHECK(only_problem(load) == "nested more than 64 levels deep (at byte 69)");
}

TEST_CASE("nesting up to the limit is read as usual, and brackets inside strings do not count")
{
    CHECK(only_problem(cw::load_campaign("{\"format_version\": " + nested_arrays(63) + "}")).rfind("format_version: ", 0) == 0);
    const cw::CampaignLoad quoted = cw::load_campaign(obol_with_notes("\"" + std::string(100'000, '[') + "\\\"[{\""));
    CHECK(quoted.problems.empty());
    CHECK(quoted.campaign);
}
