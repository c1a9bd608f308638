// One thing wrong in a campaign file, named by where it is: what the loader, each requirement kind's
// reader and `campaign-check --validate` report.
#pragma once

#include <string>

namespace cw {

struct CampaignProblem {
    std::string path;    // JSON path of the offending value, "" for the document itself
    std::string message; // what was expected and what was found
};

} // namespace cw
