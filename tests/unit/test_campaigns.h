// Shared by the unit tests: the shipped campaigns, and requirements built from a URL.
#pragma once

#include "core/campaign/campaign.h"
#include "core/check/rules/registry.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <string>

inline std::string read_source_file(const std::string& relative_path)
{
    std::ifstream file(std::string(CW_SOURCE_DIR) + "/" + relative_path, std::ios::binary);
    REQUIRE(file);
    return std::string(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
}

inline cw::Campaign shipped_campaign(const std::string& name)
{
    const cw::CampaignLoad load = cw::load_campaign(read_source_file("assets/campaigns/" + name));
    for (const auto& problem : load.problems) FAIL_CHECK(cw::describe(problem));
    REQUIRE(load.campaign);
    return *load.campaign;
}

inline cw::LinkRequirement link_requirement(const std::string& url, std::vector<std::string> equivalent_hosts = {})
{
    cw::LinkRequirement requirement;
    requirement.id = "link.test";
    requirement.url = url;
    const auto parts = cw::split_url(url);
    REQUIRE(parts);
    requirement.host = cw::normalized_host(parts->host);
    requirement.path = parts->path.empty() ? "/" : parts->path;
    requirement.query = cw::split_query(parts->query);
    requirement.equivalent_hosts = std::move(equivalent_hosts);
    return requirement;
}
