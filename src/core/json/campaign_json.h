// The JSON type campaign files are read with, declared for the headers of the requirement kinds
// (check/rules/), which read their part of a campaign (campaign_reader.h does the reading).
#pragma once

#include <nlohmann/json_fwd.hpp>

namespace cw {

using CampaignJson = nlohmann::ordered_json; // one JSON type in the module: the report keeps its keys in order

class CampaignReader;

} // namespace cw
