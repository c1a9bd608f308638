// Core benchmarks: how fast the text layer handles a long mixed Chinese/English draft.
#include "core/utf8.h"
#include "core/width_fold.h"

#include <benchmark/benchmark.h>

#include <string>

namespace {
std::string long_draft()
{
    std::string draft;
    while (draft.size() < 64 * 1024) {
        draft += "调研 $OBOL 项目：Obol 分布式验证器（DV）让以太坊质押更去中心化。＄ＯＢＯＬ "
                 "https://www.gate.io/trade/OBOL_USDT 质押 GT、BTC、OBOL 瓜分 2,250,000 OBOL！\n";
    }
    return draft;
}
} // namespace

static void decode_utf8_64k(benchmark::State& state)
{
    const std::string draft = long_draft();
    for (auto _ : state) benchmark::DoNotOptimize(cw::decode_utf8(draft));
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(draft.size()));
}
BENCHMARK(decode_utf8_64k);

static void fold_width_64k(benchmark::State& state)
{
    const std::string draft = long_draft();
    for (auto _ : state) benchmark::DoNotOptimize(cw::fold_width_utf8(draft));
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(draft.size()));
}
BENCHMARK(fold_width_64k);

BENCHMARK_MAIN();
