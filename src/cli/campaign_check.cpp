// campaign-check: the widget's core on the command line.
//
//   campaign-check --campaign CAMPAIGN.json [DRAFT.txt | -]
//
// Loads the campaign (reporting every problem with its JSON path) and reads the draft as UTF-8,
// reporting ill-formed bytes. The draft rules arrive with the checking core; the exit codes are already
// the ones scripts will rely on: 0 all good, 1 the draft has problems, 2 the input could not be used.
#include "core/campaign.h"
#include "core/utf8.h"

#include <fmt/core.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>

namespace {

std::optional<std::string> read_file(const std::string& path)
{
    if (path == "-") {
        std::ostringstream all;
        all << std::cin.rdbuf();
        return all.str();
    }
    std::ifstream file(path, std::ios::binary);
    if (!file) return std::nullopt;
    return std::string(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
}

int usage()
{
    std::fputs("usage: campaign-check --campaign CAMPAIGN.json [DRAFT.txt | -]\n", stderr);
    return 2;
}

} // namespace

int main(int argc, char** argv)
{
    std::string campaign_path;
    std::string draft_path;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--campaign" && i + 1 < argc) campaign_path = argv[++i];
        else if (arg == "-h" || arg == "--help") { usage(); return 0; }
        else if (draft_path.empty() && (arg == "-" || arg[0] != '-')) draft_path = arg;
        else return usage();
    }
    if (campaign_path.empty()) return usage();

    const auto campaign_text = read_file(campaign_path);
    if (!campaign_text) {
        fmt::print(stderr, "campaign-check: cannot read {}\n", campaign_path);
        return 2;
    }
    const cw::CampaignLoad load = cw::load_campaign(*campaign_text);
    if (!load.campaign) {
        fmt::print(stderr, "campaign-check: {} is not a usable campaign:\n", campaign_path);
        for (const auto& problem : load.problems) fmt::print(stderr, "  {}\n", cw::describe(problem));
        return 2;
    }
    fmt::print("campaign: {} ({})\n", load.campaign->title.text(cw::Language::English), load.campaign->id);
    if (draft_path.empty()) return 0;

    const auto draft = read_file(draft_path);
    if (!draft) {
        fmt::print(stderr, "campaign-check: cannot read {}\n", draft_path);
        return 2;
    }
    const cw::DecodedText decoded = cw::decode_utf8(*draft);
    fmt::print("draft: {} characters\n", decoded.code_points.size());
    for (const auto& error : decoded.errors) {
        fmt::print("draft: invalid UTF-8 at byte {} ({} byte{}), read as U+FFFD\n", error.byte_offset,
                   error.byte_length, error.byte_length == 1 ? "" : "s");
    }
    return decoded.errors.empty() ? 0 : 1;
}
