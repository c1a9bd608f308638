// A campaign: the data that makes the widget serve one social-media post campaign.
//
// Campaign files are data written by people, so the loader never throws and never aborts: it returns
// either a Campaign or the list of problems, each with its JSON path and what was expected
// ("research[2].facts[0].source.url: expected an http(s) URL, got \"javascript:…\""). The format is
// documented in docs/campaign-format.md, with a JSON Schema beside it.
#pragma once

#include "core/campaign/campaign_period.h"
#include "core/i18n/language.h"
#include "core/check/rules/registry.h"
#include "core/json/campaign_problem.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cw {

// Format 1: links, mentions, topics and a length. Format 2 adds Gate Square's rule kinds (hashtags,
// length per language, self-confirmed items, meaningful content) and the campaign period; a format 1
// file loads as it always did, and refuses format 2's fields as unknown.
inline constexpr int kCampaignFormatVersion = 1;
inline constexpr int kNewestCampaignFormatVersion = 2;

// Campaign files come from third parties (a campaign URL): larger or deeper files are refused before
// they are parsed. The OBOL campaign is 30 KB and nests 8 levels deep.
inline constexpr std::size_t kMaxCampaignBytes = 1'000'000;
inline constexpr std::size_t kMaxCampaignNesting = 64;

// Where a fact comes from and how old it is. as_of is "YYYY", "YYYY-MM" or "YYYY-MM-DD".
struct Source {
    std::string url; // http(s)
    std::string title;
    std::string as_of;
};

struct Fact {
    LocalizedText text;
    Source source;
    // A figure the campaign's announcement claims (marketing), not something verified: the widget
    // shows it as the announcement's claim.
    bool announcement_claim = false;
};

struct ResearchStep {
    std::string id;
    LocalizedText title;
    LocalizedText body;
    std::vector<Fact> facts;
    std::vector<LocalizedText> prompts; // questions for the person's own notes
};

struct LaunchpoolPool {
    std::string coin; // the coin staked: "GT"
    LocalizedText note;
};

struct LaunchpoolReward {
    double amount = 0; // 2250000
    std::string token; // "OBOL"
    Source source;
    bool announcement_claim = false;
};

struct LaunchpoolApr {
    double up_to_percent = 0; // the highest APR announced, 168 for "up to 168%"
    Source source;
    bool announcement_claim = false;
};

struct Launchpool {
    LocalizedText title;
    LocalizedText summary;
    std::string url; // http(s)
    std::vector<LocalizedText> steps;
    std::vector<LaunchpoolPool> pools;
    LaunchpoolReward total_reward;
    LaunchpoolApr apr;
    std::vector<Fact> facts; // how launchpools work, what is not verified
};

struct Campaign {
    int format_version = kCampaignFormatVersion;
    std::string id;
    std::vector<Language> languages; // the languages every text of the campaign is given in
    LocalizedText title;
    LocalizedText summary;
    LocalizedText prize;     // optional
    std::optional<Source> announcement; // where the campaign was announced
    std::string notes;       // for campaign authors (decisions, caveats); not shown to participants
    std::vector<ResearchStep> research;
    Requirements requirements;
    std::optional<Launchpool> launchpool;
    std::optional<CampaignPeriod> period; // format 2
};

struct CampaignLoad {
    std::optional<Campaign> campaign;     // set when there were no problems
    std::vector<CampaignProblem> problems;
};

CampaignLoad load_campaign(std::string_view json_text);

// "title.zh: expected a string, got 42" — the form the CLI and the widget show.
std::string describe(const CampaignProblem& problem);

} // namespace cw
