// The Report as JSON: the shape of `campaign-check --format json` and of the browser's JS API.
//
//   {"ready": bool,
//    "checks": [{"id", "status": "pass"|"warn"|"fail", "required": bool, "title", "message",
//                "fix"?: {"kind": "insert"|"replace", "start", "end", "text"},
//                "spans": [{"start", "end", "text"}]}],
//    "stats": {"code_points", "weighted_length"}}
//
// Offsets are UTF-8 byte offsets into the draft. Keys keep this order, so the output can be compared
// byte for byte (the CLI's golden tests do).
#pragma once

#include "core/campaign/campaign.h"
#include "core/campaign/campaign_check.h"

#include <cstdint>

#include <string>

namespace cw {

// indent < 0: one line; otherwise pretty-printed with that many spaces. Always valid UTF-8.
std::string report_json(const Report& report, int indent = -1);

// The same, with what the campaign adds (campaign-check --format json and the JS API's report):
//   "period"?: {"start"? (absent when an open-ended campaign gives none), "end"? (absent when open-ended), "time_zone",
//               "state": "upcoming" | "running" | "ended" | "open"}   (as the campaign writes the times;
//               the state at `now`, Unix seconds), only when the campaign has a period
//   "self_confirmed": [{"id", "title", "required"}]   what only the person can confirm, in `language`
std::string report_json(const Report& report, const Campaign& campaign, std::int64_t now, Language language, int indent = -1);

} // namespace cw
