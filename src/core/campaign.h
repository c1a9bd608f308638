// A campaign: the data that makes the widget serve one social-media post campaign.
//
// Campaign files are data written by people, so the loader never throws and never aborts: it returns
// either a Campaign or the list of problems, each with its JSON path ("title.zh: expected a string").
// This first version knows the campaign's identity and title; the requirements, research steps and
// launchpool come with the checking core.
#pragma once

#include "core/language.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cw {

inline constexpr int kCampaignFormatVersion = 1;

struct Campaign {
    std::string id;
    LocalizedText title;
};

struct CampaignProblem {
    std::string path;    // JSON path of the offending value, "" for the document itself
    std::string message; // what was expected and what was found
};

struct CampaignLoad {
    std::optional<Campaign> campaign;     // set when there were no problems
    std::vector<CampaignProblem> problems;
};

CampaignLoad load_campaign(std::string_view json_text);

// "title.zh: expected a string, got 42" — the form the CLI and the widget show.
std::string describe(const CampaignProblem& problem);

} // namespace cw
