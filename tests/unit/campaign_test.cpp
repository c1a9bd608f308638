#include "core/campaign.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>

namespace {
std::string read_asset(const std::string& name)
{
    std::ifstream file(std::string(CW_SOURCE_DIR) + "/assets/campaigns/" + name, std::ios::binary);
    REQUIRE(file);
    return std::string(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
}

std::vector<std::string> described_problems(const cw::CampaignLoad& load)
{
    std::vector<std::string> lines;
    for (const auto& problem : load.problems) lines.push_back(cw::describe(problem));
    return lines;
}
} // namespace

TEST_CASE("the OBOL campaign loads with its Chinese and English titles")
{
    const auto load = cw::load_campaign(read_asset("obol.json"));
    REQUIRE(load.problems.empty());
    REQUIRE(load.campaign);
    CHECK(load.campaign->id == "obol");
    CHECK(load.campaign->title.text(cw::Language::Chinese) == "OBOL 项目分享活动");
    CHECK(load.campaign->title.text(cw::Language::English) == "OBOL post campaign");
}

TEST_CASE("a campaign with only an English title shows it in Chinese too")
{
    const auto load = cw::load_campaign(R"({"format_version": 1, "id": "x", "title": {"en": "X campaign"}})");
    REQUIRE(load.campaign);
    CHECK(load.campaign->title.text(cw::Language::Chinese) == "X campaign");
}

TEST_CASE("text that is not JSON is refused with a message, not a crash")
{
    const auto load = cw::load_campaign("{\"format_version\": 1, \"id\": ");
    CHECK(!load.campaign);
    CHECK(described_problems(load) == std::vector<std::string>{"not valid JSON"});
}

TEST_CASE("an unknown format version is refused by name")
{
    const auto load = cw::load_campaign(R"({"format_version": 2, "id": "x", "title": {"en": "X"}})");
    CHECK(!load.campaign);
    CHECK(described_problems(load) ==
          std::vector<std::string>{"format_version: unsupported format version 2; this widget reads version 1"});
}

TEST_CASE("each wrong field is reported with its JSON path and what was found")
{
    const auto load = cw::load_campaign(R"({"format_version": 1, "id": 42, "title": {"zh": ["a"], "en": "X"}})");
    CHECK(!load.campaign);
    CHECK(described_problems(load) == std::vector<std::string>{"id: expected a string, got number",
                                                               "title.zh: expected a string, got array"});
}

TEST_CASE("a missing title is reported")
{
    const auto load = cw::load_campaign(R"({"format_version": 1, "id": "x"})");
    CHECK(described_problems(load) ==
          std::vector<std::string>{"title: missing; expected an object with \"zh\" and/or \"en\""});
}
