// What both views show of a fact: its text, whether it is only the announcement's claim, and its source
// as a finished label ("Source: Obol docs (as of 2026-01-10)") with its address. Built once here; the
// drawn panels (ui/fact_view.h) and the text view (platform/web/text_view_content.h) render it.
#pragma once

#include "core/campaign/campaign.h"
#include "core/i18n/language.h"

#include <string>
#include <vector>

namespace cw {

struct FactContent {
    std::string text;
    bool claim = false; // only the announcement's figure: shown with the "announcement's claim" mark
    std::string source_label;
    std::string source_url;
};

// "Source: title (as of date)" in language.
std::string source_label(const Source& source, Language language);

FactContent fact_content(const Fact& fact, Language language);
// A figure of the announcement (a total reward, an APR) with its own source.
FactContent fact_content(std::string text, bool claim, const Source& source, Language language);
std::vector<FactContent> facts_content(const std::vector<Fact>& facts, Language language);

} // namespace cw
