// Core benchmarks: how fast the text layer and the checks handle long mixed Chinese/English drafts.
//
// check_draft is measured on 1 KB, 10 KB and 1 MB drafts against the built-in OBOL campaign; its cost
// must grow linearly (1 MB at most 120 × the 10 KB time) and stay above 50 MB/s.
#include "cli/builtin_campaign.h"
#include "core/campaign.h"
#include "core/check.h"
#include "core/utf8.h"
#include "core/width_fold.h"

#include <benchmark/benchmark.h>

#include <string>

namespace {

// A paragraph of what people write: Chinese and English, links (right, near misses, a look-alike),
// the ticker in ASCII and full width, numbers, CJK punctuation.
const char* const kParagraph =
    "调研 $OBOL 项目：Obol 分布式验证器（DV）让以太坊质押更去中心化，容错、没有单点故障。＄ＯＢＯＬ "
    "https://www.gate.io/trade/OBOL_USDT 质押 GT、BTC、OBOL 瓜分 2,250,000 OBOL，年化最高 168%！\n"
    "Obol's distributed validators keep signing when a node fails; supply is capped at 500M OBOL. "
    "Launchpool: gate.io/launchpool/OBOL?ref=abc (pid missing), spot [link](https://www.gate.io/trade/OBOL_BTC), "
    "beware https://gate.io.example.com/x 和 gaet.io/airdrop。\n";

std::string draft_of_size(std::size_t size)
{
    std::string draft;
    while (draft.size() < size) draft += kParagraph;
    draft.resize(size);
    // Do not end inside a UTF-8 sequence: the benchmark is about valid text.
    while (!draft.empty() && (static_cast<unsigned char>(draft.back()) & 0xC0) == 0x80) draft.pop_back();
    if (!draft.empty() && static_cast<unsigned char>(draft.back()) >= 0xC0) draft.pop_back();
    return draft;
}

const cw::Campaign& obol()
{
    static const cw::Campaign campaign = *cw::load_campaign(builtin_campaign_json()).campaign;
    return campaign;
}

} // namespace

static void decode_utf8_64k(benchmark::State& state)
{
    const std::string draft = draft_of_size(64 * 1024);
    for (auto _ : state) benchmark::DoNotOptimize(cw::decode_utf8(draft));
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(draft.size()));
}
BENCHMARK(decode_utf8_64k);

static void fold_width_64k(benchmark::State& state)
{
    const std::string draft = draft_of_size(64 * 1024);
    for (auto _ : state) benchmark::DoNotOptimize(cw::fold_width_utf8(draft));
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(draft.size()));
}
BENCHMARK(fold_width_64k);

static void check_draft(benchmark::State& state)
{
    const std::string draft = draft_of_size(static_cast<std::size_t>(state.range(0)));
    const cw::Campaign& campaign = obol();
    for (auto _ : state) benchmark::DoNotOptimize(cw::check_draft(campaign, draft, cw::Language::Chinese));
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(draft.size()));
}
BENCHMARK(check_draft)->Arg(1024)->Arg(10 * 1024)->Arg(1024 * 1024)->Unit(benchmark::kMicrosecond);

// As the widget checks: the campaign's rules prepared once, then one check per keystroke.
static void draft_checker(benchmark::State& state)
{
    const std::string draft = draft_of_size(static_cast<std::size_t>(state.range(0)));
    const cw::DraftChecker checker(obol());
    for (auto _ : state) benchmark::DoNotOptimize(checker.check(draft, cw::Language::Chinese));
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(draft.size()));
}
BENCHMARK(draft_checker)->Arg(1024)->Arg(10 * 1024)->Arg(1024 * 1024)->Unit(benchmark::kMicrosecond);

static void load_campaign_obol(benchmark::State& state)
{
    const std::string_view text = builtin_campaign_json();
    for (auto _ : state) benchmark::DoNotOptimize(cw::load_campaign(text));
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(text.size()));
}
BENCHMARK(load_campaign_obol)->Unit(benchmark::kMicrosecond);

BENCHMARK_MAIN();
