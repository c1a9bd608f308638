#include "core/content/research_content.h"

#include "core/i18n/catalogue.h"

namespace cw {

ResearchProgressContent research_progress_content(const Campaign& campaign, const Progress& progress, Language language)
{
    ResearchProgressContent out;
    for (const ResearchStep& step : campaign.research) out.done += static_cast<int>(progress.done_steps.count(step.id));
    out.total = static_cast<int>(campaign.research.size());
    out.text = catalogue_text("research.progress", language, {std::to_string(out.done), std::to_string(out.total)});
    return out;
}

ResearchStepContent research_step_content(const ResearchStep& step, const Progress& progress, Language language)
{
    ResearchStepContent out;
    out.id = step.id;
    out.title = step.title.text(language);
    out.body = step.body.text(language);
    out.facts = facts_content(step.facts, language);
    for (const LocalizedText& prompt : step.prompts) out.prompts.push_back(prompt.text(language));
    out.notes_name = catalogue_text("research.notes-name", language, {out.title});
    out.done = progress.done_steps.count(step.id) != 0;
    return out;
}

std::vector<ResearchStepContent> research_steps_content(const Campaign& campaign, const Progress& progress, Language language)
{
    std::vector<ResearchStepContent> out;
    out.reserve(campaign.research.size());
    for (const ResearchStep& step : campaign.research) out.push_back(research_step_content(step, progress, language));
    return out;
}

} // namespace cw
