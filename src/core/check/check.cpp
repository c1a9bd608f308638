#include "core/check/check.h"

#include "core/check/outline_placeholder.h"
#include "core/check/draft_view.h"
#include "core/check/post_content.h"
#include "core/check/rules/registry.h"
#include "core/i18n/catalogue.h"
#include "core/text/byte_size.h"
#include "core/text/text_length.h"

#include <algorithm>
#include <iterator>
#include <optional>

namespace cw {

namespace {


// ---- The draft itself ----------------------------------------------------------------------------

bool is_blank_character(char32_t c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x3000 || c == 0x00A0;
}

// C0 controls other than tab and line breaks, DEL and C1 controls: invisible, and dropped or refused
// by most sites.
bool is_control_character(char32_t c)
{
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
}

// One pass over the code points for the stats and the findings about the draft itself.
void add_draft_findings(const DraftView& draft, Language language, DraftStats& stats, std::vector<Finding>& findings)
{
    const std::u32string& text = draft.decoded.code_points;
    bool blank = true;
    std::size_t weighted = 0;
    std::size_t controls = 0;
    Finding control_finding;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char32_t c = text[i];
        weighted += static_cast<std::size_t>(weight_of(c));
        if (c < 0x20 || (c >= 0x7F && c <= 0xA0) || c == 0x3000) {
            blank = blank && is_blank_character(c);
            if (is_control_character(c)) {
                ++controls;
                if (control_finding.spans.size() < kMaxSpansPerFinding) control_finding.spans.push_back(draft.span(i, i + 1));
            }
        } else if (c != ' ') {
            blank = false;
        }
    }
    stats = {text.size(), weighted};

    if (blank) {
        Finding finding;
        finding.id = "draft.empty";
        finding.status = Status::Fail;
        finding.title = std::string(catalogue().get("check.draft.title", language));
        finding.message = std::string(catalogue().get("check.draft.empty", language));
        findings.push_back(std::move(finding));
    }
    if (!draft.decoded.errors.empty()) {
        Finding finding;
        finding.id = "draft.invalid-utf8";
        finding.status = Status::Warn;
        finding.required = false;
        finding.title = std::string(catalogue().get("check.draft.encoding-title", language));
        finding.message = fill(catalogue().get("check.draft.invalid-utf8", language),
                               {std::to_string(draft.decoded.errors.size())});
        for (const Utf8Error& error : draft.decoded.errors) {
            if (finding.spans.size() == kMaxSpansPerFinding) break;
            finding.spans.push_back({error.byte_offset, error.byte_offset + error.byte_length, "\xEF\xBF\xBD"});
        }
        findings.push_back(std::move(finding));
    }
    if (controls > 0) {
        control_finding.id = "draft.control-characters";
        control_finding.status = Status::Warn;
        control_finding.required = false;
        control_finding.title = std::string(catalogue().get("check.draft.controls-title", language));
        control_finding.message = fill(catalogue().get("check.draft.controls", language),
                                       {std::to_string(controls)});
        findings.push_back(std::move(control_finding));
    }
}

// The outline's own placeholders left in the draft: the post is not written yet where they stand.
// Both languages' are looked for, since the interface language may have changed since the outline.
void add_placeholder_finding(const DraftView& draft, Language language, std::vector<Finding>& findings)
{
    Finding finding;
    std::size_t count = 0;
    for (std::string_view placeholder : kOutlinePlaceholders) {
        for (std::size_t at = draft.bytes.find(placeholder); at != std::string_view::npos;
             at = draft.bytes.find(placeholder, at + placeholder.size())) {
            ++count;
            if (finding.spans.size() < kMaxSpansPerFinding) finding.spans.push_back({at, at + placeholder.size(), std::string(placeholder)});
        }
    }
    if (count == 0) return;
    std::sort(finding.spans.begin(), finding.spans.end(), [](const Span& a, const Span& b) { return a.start < b.start; });
    finding.id = "draft.placeholder";
    finding.status = Status::Fail;
    finding.title = std::string(catalogue().get("check.draft.placeholder-title", language));
    finding.message = fill(catalogue().get("check.draft.placeholder", language),
                           {std::to_string(count), finding.spans.front().text});
    findings.push_back(std::move(finding));
}

// A draft too long to check: its length, and one finding that says why nothing else is checked.
Report too_long_report(std::string_view draft_utf8, Language language)
{
    Report report;
    const TextLength length = measure_text_utf8(draft_utf8);
    report.stats = {length.code_points, length.weighted};
    Finding finding;
    finding.id = "draft.too-long";
    finding.status = Status::Fail;
    finding.title = std::string(catalogue().get("check.draft.title", language));
    finding.message = fill(catalogue().get("check.draft.too-long", language),
                           {describe_byte_size(draft_utf8.size()), describe_byte_size(kMaxCheckedDraftBytes)});
    report.findings.push_back(std::move(finding));
    report.ready = false;
    return report;
}

// The person's own words (own_text.h), then, a step of its own, what the stats count of them.
void mark_own_text(const DraftView& draft, DraftMarks& marks)
{
    std::vector<CodePointRange> not_own = draft.link_ranges;
    not_own.insert(not_own.end(), marks.not_own.begin(), marks.not_own.end());
    if (!marks.own_once_fixed.empty()) marks.own_for_language = OwnText(draft.code_points(), not_own);
    not_own.insert(not_own.end(), marks.own_once_fixed.begin(), marks.own_once_fixed.end());
    marks.own = OwnText(draft.code_points(), not_own, marks.counted_as_ascii);
}

void count_marked_own_words(DraftMarks& marks, DraftStats& stats)
{
    marks.own_count = count_own_words(marks.own);
    if (!marks.own_for_language.empty()) marks.own_count.post.chinese = count_own_words(marks.own_for_language).post.chinese;
    stats.own_characters = marks.own_count.post.characters;
    stats.own_words = marks.own_count.post.words;
    stats.own_text_chinese = marks.own_count.post.chinese;
    stats.own_code_points = marks.own_count.code_points;
    stats.own_weighted_length = marks.own_count.weighted;
}

} // namespace

struct DraftChecker::Rules {
    std::vector<std::unique_ptr<const PreparedRule>> prepared;
};

DraftChecker::DraftChecker(const Requirements& requirements, std::vector<LocalizedText> outline_headings)
    : rules_(std::make_unique<const Rules>(Rules{prepare_rules(requirements, std::move(outline_headings))}))
{
}
DraftChecker::~DraftChecker() = default;
DraftChecker::DraftChecker(DraftChecker&&) noexcept = default;
DraftChecker& DraftChecker::operator=(DraftChecker&&) noexcept = default;

// The steps, in order: 0 the view, 1 the draft's own findings, then each rule's find, the own text, its
// count, each rule's judge, and last the report put together.
struct CheckRun::State {
    // Made in place: a State is never moved (the view points into `owned`).
    State(const std::vector<std::unique_ptr<const PreparedRule>>& prepared, Language in, std::string copy, std::string_view checked)
        : rules(prepared), language(in), owned(std::move(copy)), text(checked)
    {
    }
    State(const State&) = delete;

    const std::vector<std::unique_ptr<const PreparedRule>>& rules;
    Language language;
    std::string owned;     // the draft, when the run keeps its own copy (start())
    std::string_view text; // what is checked: `owned`, or the caller's draft for the length of check()
    std::optional<DraftView> draft;
    DraftMarks marks;
    std::vector<std::vector<Finding>> findings; // each rule's, in the registry's order
    Report report;
    std::size_t next = 0;

    std::size_t step_count() const { return 5 + 2 * rules.size(); }
};

CheckRun::CheckRun(std::unique_ptr<State> state) : state_(std::move(state)) {}
CheckRun::CheckRun(CheckRun&&) noexcept = default;
CheckRun::~CheckRun() = default;

bool CheckRun::done() const
{
    return state_->next == state_->step_count();
}

bool CheckRun::step()
{
    if (done()) return true;
    State& run = *state_;
    const std::size_t rules = run.rules.size();
    const std::size_t step = run.next++;
    if (step == 0) {
        if (run.text.size() > kMaxCheckedDraftBytes) {
            run.report = too_long_report(run.text, run.language);
            run.next = run.step_count();
            return true;
        }
        run.draft.emplace(run.text);
        run.findings.resize(rules);
    } else if (step == 1) {
        add_draft_findings(*run.draft, run.language, run.report.stats, run.report.findings);
        add_placeholder_finding(*run.draft, run.language, run.report.findings);
    } else if (step < 2 + rules) {
        // Two passes over the rules (rule.h): what each finds that later rules need, then what counts
        // the person's own words.
        run.rules[step - 2]->find(*run.draft, run.marks, run.language, run.findings[step - 2]);
    } else if (step == 2 + rules) {
        mark_own_text(*run.draft, run.marks);
    } else if (step == 3 + rules) {
        count_marked_own_words(run.marks, run.report.stats);
    } else if (step < 4 + 2 * rules) {
        const std::size_t r = step - 4 - rules;
        run.rules[r]->judge(*run.draft, run.marks, run.language, run.findings[r]);
    } else {
        // Each rule's findings stay together, in the registry's order.
        for (std::vector<Finding>& rule_findings : run.findings) {
            std::move(rule_findings.begin(), rule_findings.end(), std::back_inserter(run.report.findings));
        }
        run.report.ready = none_fails(run.report.findings);
    }
    return done();
}

Report CheckRun::take_report()
{
    return std::move(state_->report);
}

CheckRun DraftChecker::start(std::string draft_utf8, Language language) const
{
    auto state = std::make_unique<CheckRun::State>(rules_->prepared, language, std::move(draft_utf8), std::string_view());
    state->text = state->owned;
    return CheckRun(std::move(state));
}

Report DraftChecker::check(std::string_view draft_utf8, Language language) const
{
    // The same steps, on the caller's draft as it is (no copy: it cannot change meanwhile).
    CheckRun run(std::make_unique<CheckRun::State>(rules_->prepared, language, std::string(), draft_utf8));
    while (!run.step()) {
    }
    return run.take_report();
}

} // namespace cw
