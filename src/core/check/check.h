// check_draft(): the rules that tell a person whether their post is ready, and exactly how to fix it.
// The widget, the command line and the JS API all call this one function and get the same Report.
//
// A Report has one Finding per requirement of the campaign, in the campaign's order (links, mentions,
// topics, length), plus findings about the draft itself when they apply:
//   draft.empty               fail  the draft has no text
//   draft.invalid-utf8        warn  ill-formed bytes were read as U+FFFD
//   draft.control-characters  warn  NUL and other control characters
//   draft.placeholder         fail  the outline's placeholder "（在这里写下你的看法）" is still there
//                                   (either language's), one span each (core/campaign/outline_placeholder.h)
//   link.lookalike            fail  a link imitates a required link's host (may be phishing) and is
//                                   not already reported by that link's own finding
//   draft.too-long            fail  the draft is over kMaxCheckedDraftBytes: it is not checked, and
//                                   this is the only finding (the stats still count it)
// A fix never breaks what passed: applying any one offered fix, alone, to the draft leaves every finding
// whose status was Pass at Pass (the fix mends its own finding; it never costs another). That is why
// length and content rules count only the person's own words (own_text.h), a fix replaces a wrong link
// in place, and a removal keeps words apart. The draft_check fuzz target checks it on random drafts.
// Spans and fixes use UTF-8 byte offsets into the draft as given. Checking is linear in the draft's
// size: one decoding pass, one link scan, one keyword pass for all topics and mentions.
#pragma once

#include "core/campaign/campaign.h"
#include "core/i18n/language.h"

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cw {

enum class Status { Pass, Warn, Fail };
std::string_view status_name(Status status); // "pass", "warn", "fail"

// A stretch of the draft: [start, end) in UTF-8 bytes, and its text (ill-formed bytes as U+FFFD).
struct Span {
    std::size_t start = 0;
    std::size_t end = 0;
    std::string text;
};

enum class FixKind { Insert, Replace };

// Insert: put `text` at byte offset start (== end; the end of the draft for a missing link or word).
// Replace: replace the bytes [start, end) with `text` ("" removes them).
struct Fix {
    FixKind kind = FixKind::Insert;
    std::size_t start = 0;
    std::size_t end = 0;
    std::string text;
};

struct Finding {
    std::string id;  // "link.spot"
    Status status = Status::Pass;
    bool required = true; // a required finding that fails makes the post not ready
    std::string title;    // in the chosen language
    std::string message;  // in the chosen language: what was found, what is wrong, what to do
    std::vector<Span> spans; // where in the draft, for highlighting (at most kMaxSpansPerFinding)
    std::optional<Fix> fix;
    // The spans show what was found (a topic's words), not what is wrong: the editor does not mark them
    // as a problem, whatever the status.
    bool spans_are_evidence = false;
};

inline constexpr std::size_t kMaxSpansPerFinding = 16;

// A post is a few kilobytes; a draft over 1 MiB (shown as "1.0 MB") is a paste gone wrong. Checking
// 5 MB takes the browser's main thread for about half a second on every pause in typing, so such a
// draft is measured, not checked, and the person is told (nothing is taken out of the draft).
inline constexpr std::size_t kMaxCheckedDraftBytes = 1024 * 1024;

struct DraftStats {
    std::size_t code_points = 0;
    std::size_t weighted_length = 0; // CJK and full-width count 2, as X/Twitter counts
    // The person's own words (own_text.h), as the length checks count them:
    std::size_t own_code_points = 0; // letters, digits and CJK characters
    std::size_t own_weighted_length = 0;
    std::size_t own_characters = 0;  // 字: a CJK character or a run of Latin letters or digits each
    std::size_t own_words = 0;       // whitespace-separated words holding a letter or digit
    bool own_text_chinese = false;   // counted in 字 where a campaign gives both units
};

struct Report {
    bool ready = false; // no finding fails
    std::vector<Finding> findings;
    DraftStats stats;
};

Report check_draft(const Campaign& campaign, std::string_view draft_utf8, Language language);

// The campaign's rules prepared once (the keyword index of all topics and mentions, the link
// matchers), for checking many drafts against one campaign: the widget checks on every keystroke.
// check_draft() is DraftChecker(campaign).check(draft, language). Keeps a reference to the campaign.
class DraftChecker {
public:
    explicit DraftChecker(const Campaign& campaign);
    ~DraftChecker();
    DraftChecker(DraftChecker&&) noexcept;
    DraftChecker& operator=(DraftChecker&&) noexcept;

    Report check(std::string_view draft_utf8, Language language) const;

private:
    struct Rules;
    std::unique_ptr<const Rules> rules_;
};

} // namespace cw
