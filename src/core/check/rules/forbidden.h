// The forbidden kind (format 2's requirements.forbidden): a ban the checker can see, such as Gate
// Square's "严禁广告引流" (no advertising or traffic diversion). One finding per rule, with every
// offending span in it: each link to a host outside the rule's allowed_hosts (their subdomains and the
// hosts of the campaign's own link requirements allowed), and each listed word, matched as a substring
// after the same folding as topics (width, case, Traditional → Simplified), every language's list on
// every post. Its fix removes the first span, so applying fixes one by one clears them all.
//
// Words are not looked for inside links (a link is judged by its host) nor inside the campaign's own
// hashtags. The words found are not the person's own words either (own_text.h): removing one changes
// no length or content count.
#pragma once

#include "core/check/check.h"
#include "core/check/fix.h"
#include "core/check/links.h"
#include "core/check/own_text.h"
#include "core/campaign/requirements.h"
#include "core/text/utf8.h"

#include <string>
#include <string_view>
#include <vector>

namespace cw {

// A forbidden rule prepared once per campaign: its words folded, its allowed hosts with the campaign's.
class ForbiddenRule {
public:
    ForbiddenRule(const ForbiddenRequirement& requirement, const Requirements& requirements);

    struct Result {
        Finding finding;
        std::vector<CodePointRange> words; // the words found, for own_text()
    };
    // `not_searched`: code point ranges where words are not looked for (the campaign's hashtags).
    Result check(std::string_view draft, const DecodedText& decoded, const std::vector<FoundLink>& links,
                 const std::vector<CodePointRange>& not_searched, Language language) const;

private:
    struct Offence {
        std::size_t first = 0; // code points
        std::size_t end = 0;
        bool link = false;
    };
    bool allowed(const std::string& host) const;
    // The offences in the draft, in its order, overlapping ones joined.
    std::vector<Offence> offences(const DecodedText& decoded, const std::vector<FoundLink>& links,
                                  const std::vector<CodePointRange>& not_searched) const;
    std::size_t offences_in(std::string_view text) const;
    // Whether applying the fix leaves fewer offences around it (not a new one joined from what was left).
    bool mends(std::string_view draft, const Fix& fix) const;

    const ForbiddenRequirement& requirement_;
    std::vector<std::string> allowed_hosts_;
    std::vector<std::u32string> words_; // folded
};

// How the forbidden rule folds a character before comparing: width, case, Traditional → Simplified
// (one character for one, so positions stay the draft's).
char32_t fold_for_forbidden_words(char32_t c);

} // namespace cw
