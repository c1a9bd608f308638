// A check run a step at a time (CheckRun) gives the Report that check() gives, however its steps are
// spread: all at once, one by one, in random runs, interleaved with another draft's run, and whatever
// happens to the caller's draft after the start.
#include "core/campaign/campaign_check.h"
#include "core/campaign/report_json.h"

#include "test_campaigns.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <random>
#include <string>
#include <vector>

using cw::Language;

namespace {

// Every shipped fixture draft, messy ones added: bad bytes, controls, the outline's placeholder, blank,
// just within and just over the checked size (the bench's 1 MiB draft of mixed paragraphs).
std::vector<std::string> drafts()
{
    std::vector<std::string> all;
    for (const auto& folder : std::filesystem::directory_iterator(std::string(CW_SOURCE_DIR) + "/tests/fixtures/drafts")) {
        for (const auto& file : std::filesystem::directory_iterator(folder.path())) {
            if (file.path().extension() == ".txt") all.push_back(read_source_file(std::filesystem::relative(file.path(), CW_SOURCE_DIR).string()));
        }
    }
    all.push_back("");
    all.push_back(" \n\t　");
    all.push_back(std::string("Obol \xC3(DV) \x01\x7F https://www.gate.io/trade/OBOL_USDT \xF0\x9F\x9A 质押 #Gate \xE2\x80", 60));
    all.push_back("（在这里写下你的看法）$OBOL (write your view here) https://www.gate.io/launchpool/OBOL?pid=291");
    const std::string paragraph = "Obol 分布式验证器（DV）让多家运营商共同运行一个验证器。$OBOL https://www.gate.io/trade/OBOL_USDT\n";
    std::string large;
    while (large.size() + paragraph.size() <= cw::kMaxCheckedDraftBytes - 1024) large += paragraph;
    large.append(cw::kMaxCheckedDraftBytes - 1024 - large.size(), 'x');
    all.push_back(large);
    all.push_back(std::string(cw::kMaxCheckedDraftBytes + 1, 'x'));
    return all;
}

std::vector<const cw::Campaign*> campaigns()
{
    static const cw::Campaign obol = shipped_campaign("obol.json");
    static const cw::Campaign quill = shipped_campaign("sample-quill.json");
    static const cw::Campaign first_post = shipped_campaign("gate-square-first-post-on-square.json");
    static const cw::Campaign first_post_2026 = shipped_campaign("gate-square-2026-first-post.json");
    return {&obol, &quill, &first_post, &first_post_2026};
}

} // namespace

TEST_CASE("a check run a step at a time gives check()'s report, however its steps are spread")
{
    std::mt19937 random(23);
    const std::vector<std::string> all = drafts();
    for (const cw::Campaign* campaign : campaigns()) {
        const cw::DraftChecker checker = cw::draft_checker(*campaign);
        for (const Language language : {Language::English, Language::Chinese}) {
            for (std::size_t d = 0; d < all.size(); ++d) {
                const std::string& draft = all[d];
                // The large drafts against one campaign in one language: a 1 MiB check takes a while sanitized.
                if (draft.size() > 64 * 1024 && (campaign != campaigns().front() || language != Language::Chinese)) continue;
                INFO("campaign " << campaign->id << ", draft " << d << " of " << draft.size() << " bytes");
                const std::string expected = cw::report_json(checker.check(draft, language));

                // One step at a time, counting them: a draft within the checked size takes every step.
                cw::CheckRun single = checker.start(draft, language);
                std::size_t steps = 1;
                while (!single.step()) ++steps;
                CHECK(single.done());
                CHECK(single.step()); // a finished run stays finished
                CHECK(cw::report_json(single.take_report()) == expected);
                if (draft.size() <= cw::kMaxCheckedDraftBytes) CHECK(steps > 4);

                // Random runs of steps, this run interleaved with another draft's; the caller's draft changes
                // after the start (the run keeps its own copy).
                std::string typed = draft;
                cw::CheckRun interrupted = checker.start(typed, language);
                cw::CheckRun other = checker.start(all[(d + 1) % all.size()], language);
                typed.insert(0, "typed meanwhile ");
                bool finished = false;
                while (!finished) {
                    for (unsigned n = std::uniform_int_distribution<unsigned>(1, 4)(random); n > 0 && !finished; --n) {
                        finished = interrupted.step();
                    }
                    other.step();
                }
                CHECK(cw::report_json(interrupted.take_report()) == expected);

                // Moved while under way, as a widget's member is.
                cw::CheckRun moved_from = checker.start(draft, language);
                moved_from.step();
                cw::CheckRun moved = std::move(moved_from);
                while (!moved.step()) {
                }
                CHECK(cw::report_json(moved.take_report()) == expected);
            }
        }
    }
}
