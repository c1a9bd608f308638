#include "core/content/fact_content.h"

#include "core/i18n/catalogue.h"

namespace cw {

std::string source_label(const Source& source, Language language)
{
    // The campaign loader requires all three of url, title and as_of.
    return catalogue_text("source.label", language, {source.title, source.as_of});
}

FactContent fact_content(std::string text, bool claim, const Source& source, Language language)
{
    return {std::move(text), claim, source_label(source, language), source.url};
}

FactContent fact_content(const Fact& fact, Language language)
{
    return fact_content(fact.text.text(language), fact.announcement_claim, fact.source, language);
}

std::vector<FactContent> facts_content(const std::vector<Fact>& facts, Language language)
{
    std::vector<FactContent> out;
    out.reserve(facts.size());
    for (const Fact& fact : facts) out.push_back(fact_content(fact, language));
    return out;
}

} // namespace cw
