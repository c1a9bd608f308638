// check_draft(): the rules that tell a person whether their post is ready, and exactly how to fix it.
// The widget, the command line and the JS API all call this one function and get the same Report.
//
// A Report has the findings about the draft itself when they apply, then each requirement kind's
// findings in the registry's order (check/rules/registry.h), each kind's in the campaign's order:
//   draft.empty               fail  the draft has no text
//   draft.invalid-utf8        warn  ill-formed bytes were read as U+FFFD
//   draft.control-characters  warn  NUL and other control characters
//   draft.placeholder         fail  the outline's placeholder "（在这里写下你的看法）" is still there
//                                   (either language's), one span each (core/check/outline_placeholder.h)
//   draft.too-long            fail  the draft is over kMaxCheckedDraftBytes: it is not checked, and
//                                   this is the only finding (the stats still count it)
// A fix never breaks what passed: applying any one offered fix, alone, to the draft leaves every finding
// whose status was Pass at Pass (the fix mends its own finding; it never costs another). That is why
// length and content rules count only the person's own words (own_text.h), a fix replaces a wrong link
// in place, and a removal keeps words apart. The draft_check fuzz target checks it on random drafts.
// Spans and fixes use UTF-8 byte offsets into the draft as given. Checking is linear in the draft's
// size: the draft is decoded, scanned for links and folded once (draft_view.h) and every rule reads that.
// A check can also run a step at a time (DraftChecker::start, CheckRun), so that the widget checks a long
// draft in slices between frames and a key typed meanwhile waits for one slice, not the whole check;
// check() is the same run taken to its end, so every caller gets the same Report.
#pragma once

#include "core/check/finding.h"
#include "core/check/rules/registry.h"
#include "core/i18n/language.h"

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cw {

// A post is a few kilobytes; a draft over 1 MiB (shown as "1.0 MB") is a paste gone wrong. Checking
// 5 MB takes the browser's main thread for about half a second on every pause in typing, so such a
// draft is measured, not checked, and the person is told (nothing is taken out of the draft).
inline constexpr std::size_t kMaxCheckedDraftBytes = 1024 * 1024;

// One draft's check, a step at a time: the draft's view (decoded, its links), the findings about the
// draft itself, each rule's first pass, the own words and their count, each rule's second pass
// (rules/rule.h). Each step is a small share of the whole (for a 1 MiB draft in the browser, about 10 ms
// at most: docs/performance.md, "The check in slices").
// The run keeps its own copy of the draft, so the person may go on typing meanwhile: the run then checks
// what was typed before, and its owner drops it and starts another.
class CheckRun {
public:
    CheckRun(CheckRun&&) noexcept;
    ~CheckRun();

    // Does the next step; returns done().
    bool step();
    bool done() const;
    // The Report, once done(); the run is spent after.
    Report take_report();

private:
    friend class DraftChecker;
    struct State;
    explicit CheckRun(std::unique_ptr<State> state);
    std::unique_ptr<State> state_;
};

// A campaign's rules prepared once (each kind's: prepare_rules(), rules/registry.h), for checking many
// drafts against one campaign: the widget checks at every pause in typing. Made from a Campaign by
// draft_checker() and check_draft() (campaign/campaign_check.h), as the checker sits below the campaign.
class DraftChecker {
public:
    // Keeps references into `requirements`. outline_headings: the research steps' titles (RuleContext).
    DraftChecker(const Requirements& requirements, std::vector<LocalizedText> outline_headings);
    ~DraftChecker();
    DraftChecker(DraftChecker&&) noexcept;
    DraftChecker& operator=(DraftChecker&&) noexcept;

    Report check(std::string_view draft_utf8, Language language) const;
    // A check of draft_utf8 to be run a step at a time. Keeps a reference to this checker.
    CheckRun start(std::string draft_utf8, Language language) const;

private:
    struct Rules;
    std::unique_ptr<const Rules> rules_;
};

} // namespace cw
