// The requirement kinds, listed once. The campaign loader, the checker, the CLI and the views go
// through this list; nothing else enumerates kinds. A kind's findings appear in a report in this order.
// Adding a kind: its file (rule.h says what it provides), this list, its words in the catalogue, the
// schema and the format's doc (docs/developing.md, "Adding a requirement kind").
#pragma once

#include "core/check/rules/forbidden.h"
#include "core/check/rules/hashtag.h"
#include "core/check/rules/length.h"
#include "core/check/rules/link.h"
#include "core/check/rules/meaningful_content.h"
#include "core/check/rules/mention.h"
#include "core/check/rules/post_length.h"
#include "core/check/rules/self_confirmed.h"
#include "core/check/rules/topic.h"

#include <cstddef>
#include <memory>
#include <tuple>
#include <vector>

namespace cw {

template <typename... Kinds> struct KindList {};

using RequirementKinds = KindList<
    LinkRequirement,               // requirements.links
    MentionRequirement,            // requirements.mentions
    TopicRequirement,              // requirements.topics
    LengthRequirement,             // requirements.length
    HashtagRequirement,            // requirements.hashtags (format 2)
    PostLengthRequirement,         // requirements.post_length (format 2)
    MeaningfulContentRequirement,  // requirements.meaningful_content (format 2)
    SelfConfirmedItem,             // requirements.self_confirmed (format 2)
    ForbiddenRequirement           // requirements.forbidden (format 2)
>;

// What a campaign asks of a post: each kind's requirements, in the campaign's order. Typed access by
// the requirement's type: campaign.requirements.all<LinkRequirement>(); one<LengthRequirement>() for a
// kind a campaign gives at most once (nullptr when it gives none).
template <typename List> class RequirementStore;

template <typename... Kinds> class RequirementStore<KindList<Kinds...>> {
public:
    template <typename R> std::vector<R>& all() { return std::get<std::vector<R>>(lists_); }
    template <typename R> const std::vector<R>& all() const { return std::get<std::vector<R>>(lists_); }
    template <typename R> R* one() { return all<R>().empty() ? nullptr : &all<R>().front(); }
    template <typename R> const R* one() const { return all<R>().empty() ? nullptr : &all<R>().front(); }

    // f(the kind's requirements) for each kind, in the registry's order.
    template <typename F> void each_kind(F&& f) const { (f(all<Kinds>()), ...); }
    template <typename F> void each_kind(F&& f) { (f(all<Kinds>()), ...); }

private:
    std::tuple<std::vector<Kinds>...> lists_;
};

using Requirements = RequirementStore<RequirementKinds>;

// Reads document["requirements"] for a campaign of `format_version`, every kind through its reader.
Requirements read_requirements(const CampaignJson& document, CampaignReader& reader, int format_version);

// Each kind's requirements prepared for checking, in the registry's order (kinds a campaign does not
// use are left out). outline_headings: the research steps' titles, whose words in a draft started from
// the outline are not the person's (RuleContext). Keeps references into `requirements`.
std::vector<std::unique_ptr<const PreparedRule>> prepare_rules(const Requirements& requirements,
                                                             std::vector<LocalizedText> outline_headings);

// How many requirements the checker checks, and how many only the person can confirm.
std::size_t count_checked(const Requirements& requirements);
std::size_t count_confirmed_by_person(const Requirements& requirements);

} // namespace cw
