// What the checker says about a draft: a Report of Findings, each with its status, its words, where in
// the draft (Spans) and perhaps a Fix. Plain data shared by the rules (check/rules/), the checker
// (check.h), the JSON report and every view; it includes nothing of theirs.
//
// Spans and fixes use UTF-8 byte offsets into the draft as given.
#pragma once

#include "core/i18n/language.h"

#include <cstddef>
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

// Every finding about a requirement starts the same way: the requirement's id, whether it is required,
// and its title in the reader's language. One place for it, so a rule only says what it found.
template <typename Requirement> Finding start_finding(const Requirement& requirement, Language language)
{
    Finding finding;
    finding.id = requirement.id;
    finding.required = requirement.required;
    finding.title = requirement.title.text(language);
    return finding;
}

// A requirement that is not met fails when it is required and only warns when it is not.
inline Status unmet(bool required)
{
    return required ? Status::Fail : Status::Warn;
}

// An optional rule only warns; its message says so, so that no one reads a warning as a refusal.
void add_suggestion_note(Finding& finding, bool required, Language language);

// Findings about the draft rather than a requirement ("draft.empty", "link.lookalike"): a campaign's
// ids may not take these names (docs/campaign.schema.json, checkId), and readiness counts them as one.
bool is_draft_finding_id(std::string_view id);

// Whether no finding fails.
bool none_fails(const std::vector<Finding>& findings);

} // namespace cw
