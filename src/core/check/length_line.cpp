#include "core/check/length_line.h"

#include "core/i18n/catalogue.h"

namespace cw {

std::string length_line(const Requirements& requirements, const DraftStats& stats, Language language)
{
    const std::size_t count = stats.code_points; // "1 character", "2 characters"
    const std::string characters = std::to_string(count);
    if (const PostLengthRequirement* length = requirements.one<PostLengthRequirement>()) {
        // The unit the length check uses for this post.
        return post_length_in_characters(*length, stats.own_text_chinese) ? catalogue_text("draft.counts-zi", language, {std::to_string(stats.own_characters)})
                             : catalogue_count_text("draft.counts-words", stats.own_words, language, {std::to_string(stats.own_words)});
    }
    if (const LengthRequirement* length = requirements.one<LengthRequirement>()) {
        return length->measure == LengthMeasure::Weighted
            ? catalogue_count_text("draft.counts-weighted", count, language, {characters, std::to_string(stats.own_weighted_length)})
            : catalogue_count_text("draft.counts-code-points", count, language, {characters, std::to_string(stats.own_code_points)});
    }
    return catalogue_count_text("draft.counts", count, language, {characters, std::to_string(stats.weighted_length)});
}

} // namespace cw
