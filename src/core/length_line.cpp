#include "core/length_line.h"

namespace cw {

std::string length_line(const Requirements&, const DraftStats& stats, const Translations& translations, Language language)
{
    return fill(translations.get("draft.counts", language), {std::to_string(stats.code_points), std::to_string(stats.weighted_length)});
}

} // namespace cw
