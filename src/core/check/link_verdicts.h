// Which link each link requirement takes (rules/link.h): every link of the draft is weighed against
// every requirement (link_match.h) and is a candidate of the ones it comes closest to; each requirement
// then takes its closest candidate. A link that another requirement took as a near miss is not blamed
// twice, and a link that satisfies or is closest to one requirement is never blamed or replaced for
// another: the launchpool link is not "another page" of the spot link.
//
// A link's match depends on its text alone, so a text written many times is matched once: the cost
// grows with the draft's distinct links, not with how often they are pasted.
#pragma once

#include "core/check/link_match.h"
#include "core/check/links.h"

#include <vector>

namespace cw {

struct LinkCandidate {
    const FoundLink* link = nullptr;
    const LinkMatch* match = nullptr;
};

// Lower is closer: how well a link does for a requirement. A page of the requirement's kind (another
// pair, the launchpool page in another form) is closer than any other page of the site, so each link is
// judged against the requirement it was meant for.
int closeness(const LinkMatch& match);
bool closer(const LinkMatch& a, const LinkMatch& b);

// The links weighed for one requirement: every link that is at least as close to it as to any other
// requirement, in the draft's order, and the one it takes (nullptr: none is left for it).
struct LinkVerdict {
    std::vector<LinkCandidate> candidates;
    const LinkCandidate* best = nullptr;
};

// One verdict per matcher, in the matchers' order. The candidates point into `matches` and into the
// links given, which must outlive this.
struct LinkVerdicts {
    std::vector<LinkMatch> matches; // each distinct link text against each matcher
    std::vector<LinkVerdict> verdicts;
};

LinkVerdicts judge_links(const std::vector<FoundLink>& links, const std::vector<LinkMatcher>& matchers);

} // namespace cw
