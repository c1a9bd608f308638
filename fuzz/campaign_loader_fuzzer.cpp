// load_campaign() on any bytes: campaign files come from third parties. The loader must never throw
// and must give either a campaign or its problems; a campaign it accepts must be usable for checking.
#include "core/campaign/campaign.h"
#include "core/campaign/campaign_check.h"
#include "invariant.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const cw::CampaignLoad load = cw::load_campaign(std::string_view(reinterpret_cast<const char*>(data), size));
    expect_invariant(load.campaign.has_value() == load.problems.empty(), "a campaign, or the problems, never both");
    for (const cw::CampaignProblem& problem : load.problems) {
        expect_invariant(!cw::describe(problem).empty(), "every problem is described");
    }
    if (!load.campaign) return 0;

    // A short draft with a link, a ticker and CJK text, so the campaign's rules all get to run.
    static constexpr std::string_view kDraft = "关注 $OBOL #Gate 分布式验证器 DV https://www.gate.io/trade/OBOL_USDT?ref=1 "
                                               "www.example.com/a example.org/quill staking tokenomics.";
    const cw::DraftChecker checker = cw::draft_checker(*load.campaign);
    for (const cw::Language language : {cw::Language::Chinese, cw::Language::English}) {
        const cw::Report report = checker.check(kDraft, language);
        expect_invariant(!report.findings.empty(), "an accepted campaign has at least one check");
    }
    return 0;
}
