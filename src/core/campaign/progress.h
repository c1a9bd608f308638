// The person's progress on a campaign: research steps done, the step on screen, their notes, the draft,
// the language and the estimator's inputs. Saved as versioned JSON (in the browser, in localStorage per campaign).
//
// A saved state is the person's work, so a state that cannot be read is never silently dropped: the
// loader says why, and the caller keeps the text aside (the widget moves it to a backup key).
#pragma once

#include "core/i18n/language.h"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace cw {

inline constexpr int kProgressFormatVersion = 1;

struct EstimatorInputs {
    double stake_value = 1000; // in USDT
    double days = 14;
    double apr_percent = 0;    // 0: use the campaign's announced APR

    friend bool operator==(const EstimatorInputs&, const EstimatorInputs&) = default;
};

struct Progress {
    std::string campaign_id;
    std::set<std::string> done_steps;          // research step ids
    // The research step on screen, so a reload opens it again; "" (and in states saved before it was
    // kept, which still load as version 1): the first step not done.
    std::string research_step;
    std::map<std::string, std::string> notes;  // research step id → the person's notes
    std::string draft;
    std::optional<Language> language;          // unset: follow the browser
    EstimatorInputs estimator;
    std::set<std::string> confirmed;           // self-confirmed item ids the person ticked (format 2)

    friend bool operator==(const Progress&, const Progress&) = default;
};

std::string save_progress(const Progress& progress);

struct ProgressLoad {
    std::optional<Progress> progress;
    std::string problem; // why the text could not be read, when progress is empty
};

// Reads a saved state for campaign_id. A state saved for another campaign is refused too.
ProgressLoad load_progress(std::string_view json_text, std::string_view campaign_id);

} // namespace cw
