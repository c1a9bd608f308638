// What the research panel shows, as data both views render: the count of steps done, and each step with
// its text, facts, prompts, the name of its notes box and whether it is done. The drawn panel
// (ui/research_panel.h) shows one step at a time, the text view (platform/web/text_view_content.h) all.
#pragma once

#include "core/campaign/campaign.h"
#include "core/campaign/progress.h"
#include "core/content/fact_content.h"
#include "core/i18n/language.h"

#include <string>
#include <vector>

namespace cw {

struct ResearchStepContent {
    std::string id;
    std::string title;
    std::string body;
    std::vector<FactContent> facts;
    std::vector<std::string> prompts;
    std::string notes_name; // "My notes: <title>": each step's box has a name of its own
    bool done = false;
};

struct ResearchProgressContent {
    int done = 0;  // of the campaign's own steps: a saved state may name a step a newer file dropped
    int total = 0;
    std::string text; // "1 of 3 steps done"
};

ResearchProgressContent research_progress_content(const Campaign& campaign, const Progress& progress, Language language);
ResearchStepContent research_step_content(const ResearchStep& step, const Progress& progress, Language language);
std::vector<ResearchStepContent> research_steps_content(const Campaign& campaign, const Progress& progress, Language language);

} // namespace cw
