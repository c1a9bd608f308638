// When a campaign runs: its start and end as the announcement gives them, in its time zone (Gate
// writes UTC or UTC+8), and the notice the widget and the CLI show in the person's own time: "ends in
// 3 days" or "this campaign ended on …". A post can still be checked after the end.
#pragma once

#include "core/i18n/language.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace cw {

struct CampaignPeriod {
    std::int64_t start = 0; // Unix seconds (UTC)
    std::int64_t end = 0;   // unused when open_ended
    int offset_minutes = 0; // the announcement's time zone: 0 for UTC, 480 for UTC+8
    bool open_ended = false; // no end date (长期有效): `end` was left out
    bool has_start = true;   // an open-ended period may leave out its start too (then `start` is 0)
    // As the campaign writes them, for the JSON report: "2025-12-31 18:00", "UTC+8".
    std::string start_text;
    std::string end_text;
    std::string time_zone;
    LocalizedText settlement; // "每月结算" / "settled monthly"; optional
};

// "2026-01-05 10:00" in a zone offset_minutes east of UTC, as Unix seconds; nullopt when malformed.
std::optional<std::int64_t> parse_period_time(std::string_view text, int offset_minutes);
// Whether text is written as "YYYY-MM-DD HH:MM" (digits where digits go), so that a time it does not
// parse to is one that does not exist ("2025-02-30 10:00", "2025-08-10 25:00").
bool has_period_time_shape(std::string_view text);
// "UTC", "UTC+8", "UTC+5:30", "UTC-3" → minutes east of UTC; nullopt when malformed or past ±14 h.
std::optional<int> parse_utc_offset(std::string_view text);
// Unix seconds as "2026-01-19 16:00 (UTC+8)" in a zone offset_minutes east of UTC.
std::string format_period_time(std::int64_t seconds, int offset_minutes);

// Open: an open-ended campaign that has started.
enum class PeriodState { NotStarted, Running, Ended, Open };

struct PeriodNotice {
    PeriodState state = PeriodState::Running;
    std::string text; // in language
};

// The state at `now` (Unix seconds), and its name in the JSON report: "upcoming", "running", "ended",
// "open".
PeriodState period_state(const CampaignPeriod& period, std::int64_t now);
std::string_view period_state_name(PeriodState state);

// now: Unix seconds; local_offset_minutes: the person's time zone, in which dates are shown. The
// settlement, when the campaign gives one, ends the notice.
PeriodNotice describe_period(const CampaignPeriod& period, std::int64_t now, int local_offset_minutes, Language language);

} // namespace cw
