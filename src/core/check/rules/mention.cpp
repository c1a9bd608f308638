#include "core/check/rules/mention.h"

#include "core/json/campaign_reader.h"
#include "core/check/draft_view.h"
#include "core/check/mentions.h"
#include "core/i18n/catalogue.h"
#include "core/text/character_class.h"
#include "core/text/width_fold.h"

#include <algorithm>

namespace cw {

namespace {

using json = CampaignJson;

// Whether the link characters of a link reach code point `at`: the link ends there, or only trailing
// punctuation (which a link leaves out only at its end) stands between. ASCII text put at `at` would
// become part of that link.
bool link_reaches(const std::vector<std::pair<std::size_t, std::size_t>>& link_ranges, const std::u32string& text, std::size_t at)
{
    std::size_t k = at;
    while (k > 0 && std::u32string_view(U".,;:!?'*").find(text[k - 1]) != std::u32string_view::npos) --k;
    return std::any_of(link_ranges.begin(), link_ranges.end(), [&](const auto& range) { return range.second == k && k > range.first; });
}

Finding mention_finding(const MentionRequirement& mention, const MentionSearch& search, const DraftView& draft,
                        const std::vector<std::pair<std::size_t, std::size_t>>& link_ranges, Language language)
{
    Finding finding;
    finding.id = mention.id;
    finding.required = mention.required;
    finding.title = mention.title.text(language);
    if (search.count > 0) {
        finding.status = Status::Pass;
        const std::string count = std::to_string(search.count);
        finding.message = search.count == 1 ? fill(catalogue().get("check.found", language), {mention.text})
                                            : fill(catalogue().get("check.mention.found-times", language),
                                                   {mention.text, count});
        for (const auto& [first, end] : search.exact) {
            if (finding.spans.size() == kMaxSpansPerFinding) break;
            finding.spans.push_back(draft.span(first, end));
        }
        return finding;
    }
    finding.status = unmet(mention.required);
    if (search.near_miss) {
        const Span span = draft.span(search.near_miss->first, search.near_miss->second);
        finding.message = fill(catalogue().get(search.invisible       ? "check.mention.invisible-character"
                                               : search.glued_to_link ? "check.mention.glued-to-link"
                                                                      : "check.mention.near-miss",
                                               language),
                               {span.text, mention.text});
        if (search.glued_to_link) {
            // The ticker is written as it should be; only the space before it is missing.
            finding.fix = Fix{FixKind::Insert, span.start, span.start, " "};
            finding.spans.push_back(span);
            return finding;
        }
        // A full-width near miss can touch a link, because full-width letters end links and may stand
        // before one without a scheme; the ASCII ticker would not. Written as "$OBOLt.in/", the link
        // would become a word; as "t.in/$OBOL", the link would take the ticker in. Keep them apart.
        const std::u32string& text = draft.decoded.code_points;
        const std::size_t after = search.near_miss->second;
        const bool glued_after = after < text.size() && is_ascii_word_character(fold_width(text[after]));
        const bool glued_before = link_reaches(link_ranges, text, search.near_miss->first);
        finding.fix = Fix{FixKind::Replace, span.start, span.end,
                          (glued_before ? " " : "") + mention.text + (glued_after ? " " : "")};
        finding.spans.push_back(span);
        return finding;
    }
    finding.message = fill(catalogue().get("check.mention.missing", language), {mention.text});
    const std::string& suggested = mention.fix_text.text(language);
    finding.fix = draft.insertion_at_end(suggested.empty() ? mention.text : suggested);
    return finding;
}

// Every mention of the campaign, found in one keyword pass over the draft outside its links, so that
// "OBOL" in ".../launchpool/OBOL" is not a mention.
class MentionRule : public PreparedRule {
public:
    explicit MentionRule(const std::vector<MentionRequirement>& requirements)
        : requirements_(requirements), keywords_(all_keywords(requirements, ids_))
    {
        for (const MentionRequirement& mention : requirements) folded_words_.push_back(DraftView(mention.text).folded_characters());
    }

    void find(const DraftView& draft, DraftMarks& marks, Language language, std::vector<Finding>& findings) const override
    {
        const std::vector<KeywordOccurrences> occurrences = keywords_.search(draft.traditional(), draft.link_ranges);
        for (std::size_t m = 0; m < requirements_.size(); ++m) {
            MentionSearch search = find_mention(ids_[m], occurrences);
            // The folded characters are made on first use: a draft that mentions the word never needs them.
            if (search.count == 0) {
                look_through_invisible_characters(search, draft.folded_characters(), folded_words_[m], draft.link_ranges);
                look_at_links_ends(search, draft.folded_characters(), folded_words_[m], draft.links);
            }
            // Its fix writes the near miss in ASCII, so it is counted so already (rule.h).
            if (search.near_miss) marks.counted_as_ascii.push_back(*search.near_miss);
            findings.push_back(mention_finding(requirements_[m], search, draft, draft.link_ranges, language));
        }
    }

private:
    static std::vector<std::string> all_keywords(const std::vector<MentionRequirement>& requirements, std::vector<MentionKeywordIds>& ids)
    {
        std::vector<std::string> keywords;
        for (const MentionRequirement& mention : requirements) ids.push_back(add_mention_keywords(mention, keywords));
        return keywords;
    }

    const std::vector<MentionRequirement>& requirements_;
    std::vector<MentionKeywordIds> ids_;
    KeywordIndex keywords_;
    std::vector<std::u32string> folded_words_; // as the draft's folded characters are, for the look-alikes
};

} // namespace

void read_requirement(const CampaignJson& entry, const std::string& here, CampaignReader& reader, MentionRequirement& mention)
{
    reader.allow_only(entry, here, {"id", "title", "text", "required", "fix_text"});
    reader.requirement_fields(entry, here, mention);
    mention.text = reader.string(entry, here, "text", true);
    if (mention.text.find_first_of(" \t\r\n") != std::string::npos) {
        reader.problem(join_path(here, "text"), "expected one word without spaces, got \"" + mention.text + "\"");
    }
    if (entry.contains("fix_text")) mention.fix_text = reader.localized(entry, here, "fix_text", false);
}

std::unique_ptr<PreparedRule> prepare_rule(const std::vector<MentionRequirement>& all, const RuleContext&)
{
    return std::make_unique<MentionRule>(all);
}

} // namespace cw
