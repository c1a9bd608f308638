// The draft check against the built-in OBOL campaign and a format-2 campaign of Gate Square's kind
// (format2_campaign.h), in both languages, on any bytes. Besides the sanitizers: spans and fixes are
// ranges of the draft, readiness agrees with the findings, every fix applies as given and mends its
// finding, and no fix breaks what passed (check.h): each fix applied alone leaves every passing check
// passing. (The report's JSON is left to the CLI's golden tests: serializing and parsing it here
// took four times as long as the check and slowed the search down as much.)
#include "core/campaign/builtin_campaign.h"
#include "core/campaign/campaign.h"
#include "core/campaign/campaign_check.h"
#include "core/check/fix.h"
#include "format2_campaign.h"
#include "invariant.h"

#include <algorithm>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace {

const cw::DraftChecker& obol_checker()
{
    static const cw::Campaign campaign = *cw::load_campaign(builtin_campaign_json()).campaign;
    static const cw::DraftChecker checker = cw::draft_checker(campaign);
    return checker;
}

const cw::DraftChecker& square_checker()
{
    static const cw::Campaign campaign = [] {
        cw::CampaignLoad load = cw::load_campaign(kFuzzFormat2Campaign);
        expect_invariant(load.campaign.has_value(), "the fuzz target's format-2 campaign loads");
        return *load.campaign;
    }();
    static const cw::DraftChecker checker = cw::draft_checker(campaign);
    return checker;
}

void check_report(const cw::DraftChecker& checker, const cw::Report& report, std::string_view draft, cw::Language language)
{
    bool any_required_fails = false;
    for (const cw::Finding& finding : report.findings) {
        if (finding.required && finding.status == cw::Status::Fail) any_required_fails = true;
        expect_invariant(finding.spans.size() <= cw::kMaxSpansPerFinding, "at most kMaxSpansPerFinding spans");
        for (const cw::Span& span : finding.spans) {
            expect_invariant(span.start <= span.end && span.end <= draft.size(), "a span is a range of the draft");
        }
        if (finding.fix) {
            const cw::Fix& fix = *finding.fix;
            expect_invariant(fix.start <= fix.end && fix.end <= draft.size(), "a fix is a range of the draft");
            expect_invariant(fix.kind == cw::FixKind::Replace || fix.start == fix.end, "an insert has start == end");
            const cw::FixedDraft fixed = cw::apply_fix(draft, fix);
            expect_invariant(fixed.changed_start <= fixed.changed_end && fixed.changed_end <= fixed.text.size(),
                             "the changed range is inside the fixed draft");
            // The Fix button does what the report says (the JS API and the CLI hand the same fix out).
            std::string expected(draft.substr(0, fix.start));
            expected += fix.text;
            expected += draft.substr(fix.end);
            expect_invariant(fixed.text == expected, "applying a fix puts exactly its text in place");
            // The look-alike finding's fix removes one link of several, so it may fail on, at fewer places.
            const cw::Report after = checker.check(fixed.text, language);
            for (const cw::Finding& again : after.findings) {
                if (again.id != finding.id || again.status != cw::Status::Fail) continue;
                expect_invariant(again.spans.size() < finding.spans.size() || finding.spans.size() == cw::kMaxSpansPerFinding,
                                 "a fixed finding no longer fails, or fails at fewer places");
            }
            for (const cw::Finding& before : report.findings) {
                if (before.status != cw::Status::Pass) continue;
                const auto again = std::find_if(after.findings.begin(), after.findings.end(),
                                                [&](const cw::Finding& f) { return f.id == before.id; });
                expect_invariant(again != after.findings.end() && again->status == cw::Status::Pass,
                                 "a fix never breaks what passed: every passing check still passes after it");
            }
        }
    }
    expect_invariant(report.ready == !any_required_fails, "ready means no required finding fails");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view draft(reinterpret_cast<const char*>(data), size);
    for (const cw::Language language : {cw::Language::Chinese, cw::Language::English}) {
        check_report(obol_checker(), obol_checker().check(draft, language), draft, language);
        check_report(square_checker(), square_checker().check(draft, language), draft, language);
    }
    return 0;
}
