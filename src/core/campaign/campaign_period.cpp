#include "core/campaign/campaign_period.h"

#include "core/text/ascii.h"
#include "core/i18n/catalogue.h"

#include <cstdio>

namespace cw {

namespace {

constexpr std::int64_t kDay = 86400;

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
std::int64_t days_from_civil(std::int64_t year, unsigned month, unsigned day)
{
    year -= month <= 2;
    const std::int64_t era = (year >= 0 ? year : year - 399) / 400;
    const auto year_of_era = static_cast<unsigned>(year - era * 400);
    const unsigned day_of_year = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const unsigned day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    return era * 146097 + static_cast<std::int64_t>(day_of_era) - 719468;
}

void civil_from_days(std::int64_t days, int& year, unsigned& month, unsigned& day)
{
    days += 719468;
    const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const auto day_of_era = static_cast<unsigned>(days - era * 146097);
    const unsigned year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
    const unsigned day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    const unsigned mp = (5 * day_of_year + 2) / 153;
    day = day_of_year - (153 * mp + 2) / 5 + 1;
    month = mp < 10 ? mp + 3 : mp - 9;
    year = static_cast<int>(static_cast<std::int64_t>(year_of_era) + era * 400 + (month <= 2));
}

bool read_number(std::string_view text, std::size_t from, std::size_t count, unsigned& value)
{
    value = 0;
    for (std::size_t i = from; i < from + count; ++i) {
        if (i >= text.size() || !is_ascii_digit(text[i])) return false;
        value = value * 10 + static_cast<unsigned>(text[i] - '0');
    }
    return true;
}

std::string offset_name(int offset_minutes)
{
    if (offset_minutes == 0) return "UTC";
    const int magnitude = offset_minutes < 0 ? -offset_minutes : offset_minutes;
    std::string out = std::string("UTC") + (offset_minutes < 0 ? "-" : "+") + std::to_string(magnitude / 60);
    if (magnitude % 60 != 0) {
        char minutes[8];
        std::snprintf(minutes, sizeof minutes, ":%02d", magnitude % 60);
        out += minutes;
    }
    return out;
}

} // namespace

std::optional<std::int64_t> parse_period_time(std::string_view text, int offset_minutes)
{
    unsigned year = 0, month = 0, day = 0, hour = 0, minute = 0;
    if (text.size() != 16 || text[4] != '-' || text[7] != '-' || text[10] != ' ' || text[13] != ':') return std::nullopt;
    if (!read_number(text, 0, 4, year) || !read_number(text, 5, 2, month) || !read_number(text, 8, 2, day) ||
        !read_number(text, 11, 2, hour) || !read_number(text, 14, 2, minute)) {
        return std::nullopt;
    }
    if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59) return std::nullopt;
    const std::int64_t days = days_from_civil(year, month, day);
    int check_year = 0;
    unsigned check_month = 0, check_day = 0;
    civil_from_days(days, check_year, check_month, check_day);
    if (check_month != month || check_day != day) return std::nullopt; // 2026-02-30
    return days * kDay + static_cast<std::int64_t>(hour) * 3600 + static_cast<std::int64_t>(minute) * 60 -
           static_cast<std::int64_t>(offset_minutes) * 60;
}

bool has_period_time_shape(std::string_view text)
{
    if (text.size() != 16 || text[4] != '-' || text[7] != '-' || text[10] != ' ' || text[13] != ':') return false;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15}) {
        if (!is_ascii_digit(text[i])) return false;
    }
    return true;
}

std::optional<int> parse_utc_offset(std::string_view text)
{
    if (text.substr(0, 3) != "UTC") return std::nullopt;
    if (text.size() == 3) return 0;
    const char sign = text[3];
    if (sign != '+' && sign != '-') return std::nullopt;
    std::string_view rest = text.substr(4);
    const std::size_t colon = rest.find(':');
    unsigned hours = 0, minutes = 0;
    const std::string_view hour_text = rest.substr(0, colon);
    if (hour_text.empty() || hour_text.size() > 2 || !read_number(hour_text, 0, hour_text.size(), hours)) return std::nullopt;
    if (colon != std::string_view::npos && (rest.size() != colon + 3 || !read_number(rest, colon + 1, 2, minutes) || minutes > 59)) {
        return std::nullopt;
    }
    const int total = static_cast<int>(hours * 60 + minutes);
    if (total > 14 * 60) return std::nullopt;
    return sign == '-' ? -total : total;
}

std::string format_period_time(std::int64_t seconds, int offset_minutes)
{
    const std::int64_t local = seconds + static_cast<std::int64_t>(offset_minutes) * 60;
    const std::int64_t days = local >= 0 ? local / kDay : (local - kDay + 1) / kDay;
    const std::int64_t in_day = local - days * kDay;
    int year = 0;
    unsigned month = 0, day = 0;
    civil_from_days(days, year, month, day);
    char text[40];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u %02d:%02d", year, month, day, static_cast<int>(in_day / 3600),
                  static_cast<int>(in_day % 3600 / 60));
    return std::string(text) + " (" + offset_name(offset_minutes) + ")";
}

PeriodState period_state(const CampaignPeriod& period, std::int64_t now)
{
    if (period.has_start && now < period.start) return PeriodState::NotStarted;
    if (period.open_ended) return PeriodState::Open;
    return now >= period.end ? PeriodState::Ended : PeriodState::Running;
}

std::string_view period_state_name(PeriodState state)
{
    switch (state) {
    case PeriodState::NotStarted: return "upcoming";
    case PeriodState::Running: return "running";
    case PeriodState::Ended: return "ended";
    case PeriodState::Open: return "open";
    }
    return "running";
}

namespace {

PeriodNotice describe_period_without_settlement(const CampaignPeriod& period, std::int64_t now, int local_offset_minutes, Language language)
{
    PeriodNotice notice;
    notice.state = period_state(period, now);
    const std::string start = format_period_time(period.start, local_offset_minutes);
    if (period.open_ended && !period.has_start) {
        notice.text = catalogue_text("period.open-ended", language);
        return notice;
    }
    if (period.open_ended) {
        notice.text = notice.state == PeriodState::NotStarted
            ? catalogue_text("period.starts-open-ended", language, {start})
            : catalogue_text("period.since-open-ended", language, {start});
        return notice;
    }
    if (notice.state == PeriodState::NotStarted) {
        notice.text = catalogue_text("period.starts", language, {start, format_period_time(period.end, local_offset_minutes)});
        return notice;
    }
    const std::string end = format_period_time(period.end, local_offset_minutes);
    if (notice.state == PeriodState::Ended) {
        notice.text = catalogue_text("period.ended", language, {end});
        return notice;
    }
    const std::int64_t left = period.end - now;
    if (left < kDay) {
        const std::int64_t hours = (left + 3599) / 3600;
        notice.text = catalogue_count_text("period.ends-in-hours", static_cast<std::size_t>(hours), language, {std::to_string(hours), end});
    } else {
        const std::int64_t days = (left + kDay - 1) / kDay;
        notice.text = catalogue_count_text("period.ends-in-days", static_cast<std::size_t>(days), language, {std::to_string(days), end});
    }
    return notice;
}

} // namespace

PeriodNotice describe_period(const CampaignPeriod& period, std::int64_t now, int local_offset_minutes, Language language)
{
    PeriodNotice notice = describe_period_without_settlement(period, now, local_offset_minutes, language);
    const std::string& settlement = period.settlement.text(language);
    if (!settlement.empty()) notice.text += catalogue_text("period.settlement", language, {settlement});
    return notice;
}

} // namespace cw
