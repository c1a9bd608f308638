// What every requirement kind provides, one kind per file in this folder (link.h, mention.h, …),
// listed once in registry.h:
//
//   struct ExampleRequirement : RequirementBasics { // the requirement's data: id, title, required
//       static constexpr RequirementKey key{"examples", RequirementShape::List, 2};
//       …                                            // and its own fields
//   };
//   // One entry of requirements.examples (List) or requirements.example itself (One), read with
//   // JSON-path problems (campaign_reader.h); `path` is the entry's ("requirements.examples[0]").
//   void read_requirement(const CampaignJson& entry, const std::string& path, CampaignReader&, ExampleRequirement& out);
//   // The campaign's requirements of this kind prepared once for checking many drafts.
//   std::unique_ptr<PreparedRule> prepare_rule(const std::vector<ExampleRequirement>& all, const RuleContext&);
//
// and where it needs them: `static constexpr std::array<std::string_view, N> more_keys` (other fields of
// "requirements" it reads) with read_more_requirements(requirements, reader, std::vector<…>&) (link.h), and
// `static constexpr bool confirmed_by_person = true` for what only the person can confirm (never
// checked: its prepare_rule() returns nullptr; the widget adds its findings with the person's ticks).
//
// The words a kind says are its own (in its .cpp). Every finding about a requirement starts with
// start_finding() (finding.h).
#pragma once

#include "core/json/campaign_json.h"
#include "core/check/finding.h"
#include "core/check/own_text.h"
#include "core/check/post_content.h"
#include "core/i18n/language.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace cw {

class DraftView;
struct LinkRequirement;
struct HashtagRequirement;

enum class RequirementShape {
    List, // "links": [{…}, …]
    One,  // "length": {…}, at most one
};

struct RequirementKey {
    std::string_view name;        // the field of "requirements" in a campaign file
    RequirementShape shape = RequirementShape::List;
    int since_format = 1;         // the campaign format version that introduced it
};

// What every requirement has: an id that scripts rely on ("link.spot"), a title in each language, and
// `required`: a required requirement that is not met fails the check and makes the post not ready; one
// that is not required only warns.
struct RequirementBasics {
    std::string id;
    LocalizedText title;
    bool required = true;
};

// What a kind's rule may need of the campaign beyond its own requirements. The rules sit below the
// campaign (a Campaign holds its requirements, so the campaign includes the rules, never the reverse).
struct RuleContext {
    const std::vector<LinkRequirement>& links;       // the campaign's link requirements (their hosts are allowed)
    const std::vector<HashtagRequirement>& hashtags; // the campaign's hashtags (a removal must not make one)
    std::vector<LocalizedText> outline_headings;     // the research steps' titles: the outline's headings
};

// What rules find in a draft that other rules need: every rule's first pass (find) runs, in the
// registry's order, before any rule's second (judge).
struct DraftMarks {
    // What is not the person's own words (own_text.h) beyond the links: hashtags and their near misses,
    // forbidden words.
    std::vector<CodePointRange> not_own;
    std::vector<CodePointRange> campaign_hashtags; // the campaign's own hashtags found (not searched for bans)
    // Counted as their ASCII forms: a mention's near miss, which its fix writes in ASCII ("ＯＢＯＬ" →
    // "$OBOL"). Full-width letters weigh 2 in the weighted length, ASCII ones 1: counted as written,
    // the fix would take from the length.
    std::vector<CodePointRange> counted_as_ascii;
    // Text a near miss takes in that its fix sets apart as the person's own (a "#tag" run on into the
    // words after it), in not_own until then. The post's language, which decides its unit (字 or
    // words), is read with it: setting it apart must not tip the post into the other unit.
    std::vector<CodePointRange> own_once_fixed;
    OwnText own;                                   // the draft's own text, set between the two passes
    OwnText own_for_language;                      // own, with own_once_fixed in it (empty when that is)
    OwnWordsCount own_count;                       // count_own_words(own), set with it
};

// A kind's requirements prepared for checking. Findings go to `findings` in the order the report shows
// them; a kind's findings stay together, in the registry's order.
class PreparedRule {
public:
    virtual ~PreparedRule() = default;
    // First pass: what later rules need (marks), and findings that need no other rule's marks.
    virtual void find(const DraftView&, DraftMarks&, Language, std::vector<Finding>&) const {}
    // Second pass, with marks.own known: the length and content rules.
    virtual void judge(const DraftView&, const DraftMarks&, Language, std::vector<Finding>&) const {}
};

// A kind judged from the person's own words alone, one finding per requirement (the length and content
// rules): judge_one(requirement, the own text of the draft, what is counted in it, language).
template <typename Requirement,
          Finding (*judge_one)(const Requirement&, const OwnText& own, const OwnWordsCount& counted, Language)>
class OwnWordsRule : public PreparedRule {
public:
    explicit OwnWordsRule(const std::vector<Requirement>& all) : all_(all) {}

    void judge(const DraftView&, const DraftMarks& marks, Language language, std::vector<Finding>& findings) const override
    {
        for (const Requirement& requirement : all_) findings.push_back(judge_one(requirement, marks.own, marks.own_count, language));
    }

private:
    const std::vector<Requirement>& all_;
};

} // namespace cw
