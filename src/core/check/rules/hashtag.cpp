#include "core/check/rules/hashtag.h"

#include "core/json/campaign_reader.h"
#include "core/check/draft_view.h"
#include "core/check/hashtags.h"
#include "core/check/word_list.h"
#include "core/i18n/catalogue.h"
#include "core/i18n/translations.h"
#include "core/text/character_class.h"

#include <algorithm>
#include <iterator>

namespace cw {

namespace {

using json = CampaignJson;

// What a near miss's message says, by its kind (HashtagMiss's order).
const char* near_miss_key(HashtagMiss miss)
{
    static constexpr const char* kKeys[] = {"",
                                            "check.hashtag.glued-to-link",
                                            "check.hashtag.invisible-character",
                                            "check.hashtag.full-width-letters",
                                            "check.hashtag.missing-closing-hash",
                                            "check.hashtag.runs-on",
                                            "check.hashtag.full-width-hash",
                                            "check.hashtag.space-after-hash",
                                            "check.hashtag.missing-hash",
                                            "check.hashtag.other-spelling"};
    static_assert(std::size(kKeys) == static_cast<std::size_t>(HashtagMiss::OtherSpelling) + 1, "one message for each near miss");
    return kKeys[static_cast<int>(miss)];
}

Finding hashtag_finding(const HashtagRequirement& hashtag, const HashtagSearch& search, const DraftView& draft, Language language)
{
    Finding finding = start_finding(hashtag, language);
    const std::string& spelling = hashtag.spellings[search.spelling];
    if (search.found) {
        const Span span = draft.span(search.range);
        finding.status = Status::Pass;
        finding.message = fill(catalogue().get("check.hashtag.found", language), {span.text});
        finding.spans.push_back(span);
        return finding;
    }
    finding.status = unmet(hashtag.required);
    if (search.near_miss == HashtagMiss::None) {
        const std::string accepted = join_words(hashtag.spellings, language);
        finding.message = fill(catalogue().get("check.hashtag.missing", language),
                               {spelling, accepted});
        finding.fix = draft.insertion_at_end(spelling);
        return finding;
    }
    const Span span = draft.span(search.range);
    finding.message = fill(catalogue().get(near_miss_key(search.near_miss), language), {span.text, spelling});
    finding.spans.push_back(span);
    // The link ends at a space: the '#' then opens the hashtag, and the link, whose fragment no match
    // reads (link_match.h), keeps its verdict.
    if (search.near_miss == HashtagMiss::GluedToLink) {
        finding.fix = Fix{FixKind::Insert, span.start, span.start, " "};
        return finding;
    }
    // Written right before more letters or CJK text, a "#tag" runs on and takes that text in, and the
    // closing '#' of a "#…#" opens a tag of that text instead (own_text.h; "…#www.gate.com/…" is then no
    // longer the link it was). Either way it would still not be the tag: a space keeps them apart.
    const std::size_t after = search.range.second;
    const bool runs_on = after < draft.code_points().size() &&
                         (is_word_letter(draft.code_points()[after]) || is_cjk_letter(draft.code_points()[after]));
    finding.fix = Fix{FixKind::Replace, span.start, span.end, spelling + (runs_on ? " " : "")};
    return finding;
}

// Every hashtag of the campaign. The tags found and their near misses are not the person's own words,
// so the fix that makes a near miss a hashtag changes no count; the tags found are not searched for
// forbidden words either.
class HashtagRule : public PreparedRule {
public:
    explicit HashtagRule(const std::vector<HashtagRequirement>& requirements) : requirements_(requirements) {}

    void find(const DraftView& draft, DraftMarks& marks, Language language, std::vector<Finding>& findings) const override
    {
        // A hashtag is looked for outside the links: a '#' inside a link is the link's (a fragment, or the
        // link's last character), as a site reads it, and a fix to the link would take it away.
        std::u32string outside_links = draft.code_points();
        for (const CodePointRange& link : draft.link_ranges) {
            std::fill(outside_links.begin() + static_cast<std::ptrdiff_t>(link.first),
                      outside_links.begin() + static_cast<std::ptrdiff_t>(link.second), U' ');
        }
        for (const HashtagRequirement& hashtag : requirements_) {
            HashtagSearch search = find_hashtag(hashtag, outside_links);
            if (!search.found && !draft.link_ranges.empty()) {
                const HashtagSearch glued = find_hashtag_glued_to_link(hashtag, draft.code_points(), outside_links, draft.link_ranges);
                if (glued.near_miss == HashtagMiss::GluedToLink) search = glued;
            }
            // A tag glued to the text after it takes that text in as Gate reads it: none of it is the
            // person's words until the fix sets it apart (which only adds to the count).
            if (search.found || search.near_miss != HashtagMiss::None) marks.not_own.push_back(search.range);
            if (search.tag_end > search.range.second) marks.own_once_fixed.push_back({search.range.second, search.tag_end});
            if (search.found) marks.campaign_hashtags.push_back(search.range);
            if (!hashtag.spellings.empty()) findings.push_back(hashtag_finding(hashtag, search, draft, language));
        }
    }

private:
    const std::vector<HashtagRequirement>& requirements_;
};

} // namespace

void read_requirement(const CampaignJson& entry, const std::string& here, CampaignReader& reader, HashtagRequirement& hashtag)
{
    reader.allow_only(entry, here, {"id", "title", "required", "spellings"});
    reader.requirement_fields(entry, here, hashtag);
    if (const json* spellings = reader.array(entry, here, "spellings", true, true)) {
        for (std::size_t s = 0; s < spellings->size(); ++s) {
            const json& spelling = (*spellings)[s];
            if (!spelling.is_string() || !is_hashtag_spelling(spelling.get_ref<const std::string&>())) {
                reader.problem(index_path(join_path(here, "spellings"), s),
                               "expected a hashtag as Gate writes it, \"#话题#\" or \"#tag\", got " + json_type_name(spelling));
                continue;
            }
            hashtag.spellings.push_back(spelling.get<std::string>());
        }
    }
}

std::unique_ptr<PreparedRule> prepare_rule(const std::vector<HashtagRequirement>& all, const RuleContext&)
{
    return std::make_unique<HashtagRule>(all);
}

} // namespace cw
