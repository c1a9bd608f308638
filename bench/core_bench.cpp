// Core benchmarks: how fast the text layer and the checks handle long mixed Chinese/English drafts.
//
// check_draft is measured on 1 KB, 10 KB and 1 MB drafts against the built-in OBOL campaign; its cost
// must grow linearly, and the 1 MiB check's budget is in bench/budgets.mjs (`make bench-check`).
//
// The editor: laying out a whole Chinese draft (a new text or width), one keystroke into a 100 KB draft
// (the edit and the relayout around it, the cost of every key), and a 1 MiB paste.
//
// The semantic mirror: comparing a frame's tree of 120 nodes with the last one, as after every frame
// (nothing changed; one checkbox changed), and writing the changes of a first frame as JSON.
#include "core/campaign/builtin_campaign.h"
#include "core/campaign/campaign.h"
#include "core/campaign/campaign_check.h"
#include "core/text/character_class.h"
#include "core/accessibility/semantic_tree.h"
#include "core/text/text_edit.h"
#include "core/text/text_layout.h"
#include "core/text/compact_decoding.h"
#include "core/text/utf8.h"
#include "core/text/width_fold.h"
#include "core/i18n/traditional_fold.h"

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

// What the check decodes with: the code points and every 16th one's byte offset (decode_utf8's full
// list of offsets is for tests and tools now).
static void decode_utf8_compact_64k(benchmark::State& state)
{
    const std::string draft = draft_of_size(64 * 1024);
    for (auto _ : state) benchmark::DoNotOptimize(cw::decode_utf8_compact(draft));
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(draft.size()));
}
BENCHMARK(decode_utf8_compact_64k);

static void fold_width_64k(benchmark::State& state)
{
    const std::string draft = draft_of_size(64 * 1024);
    for (auto _ : state) benchmark::DoNotOptimize(cw::fold_width_utf8(draft));
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(draft.size()));
}
BENCHMARK(fold_width_64k);

// Traditional → Simplified folding of decoded text: the usual Simplified draft (few characters fold,
// many start a phrase the folder must look at), and a draft in Traditional characters with the
// Taiwan words that fold to others (分散式, 網路, 軟體, 社群).
static void fold_traditional_64k(benchmark::State& state)
{
    std::string draft = draft_of_size(64 * 1024);
    if (state.range(0) == 1) {
        draft.clear();
        while (draft.size() < 64 * 1024) {
            draft += "調研 $OBOL 項目：Obol 分散式驗證器（DV）讓以太坊質押更去中心化，容錯、沒有單點故障。網路上的社群"
                     "都在討論這個軟體。https://www.gate.io/trade/OBOL_USDT 質押 GT、BTC 瓜分 2,250,000 OBOL！\n";
        }
    }
    const std::u32string text = cw::decode_utf8(draft).code_points;
    for (auto _ : state) benchmark::DoNotOptimize(cw::fold_traditional(text));
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(draft.size()));
}
BENCHMARK(fold_traditional_64k)->Arg(0)->Arg(1);

static void check_draft(benchmark::State& state)
{
    const std::string draft = draft_of_size(static_cast<std::size_t>(state.range(0)));
    const cw::Campaign& campaign = obol();
    for (auto _ : state) benchmark::DoNotOptimize(cw::check_draft(campaign, draft, cw::Language::Chinese));
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(draft.size()));
}
BENCHMARK(check_draft)->Arg(1024)->Arg(10 * 1024)->Arg(100 * 1024)->Arg(1024 * 1024)->Unit(benchmark::kMicrosecond);

// As the widget checks: the campaign's rules prepared once, then one check per keystroke.
static void draft_checker(benchmark::State& state)
{
    const std::string draft = draft_of_size(static_cast<std::size_t>(state.range(0)));
    const cw::DraftChecker checker = cw::draft_checker(obol());
    for (auto _ : state) benchmark::DoNotOptimize(checker.check(draft, cw::Language::Chinese));
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(draft.size()));
}
BENCHMARK(draft_checker)->Arg(1024)->Arg(10 * 1024)->Arg(100 * 1024)->Arg(1024 * 1024)->Unit(benchmark::kMicrosecond);

static void load_campaign_obol(benchmark::State& state)
{
    const std::string_view text = builtin_campaign_json();
    for (auto _ : state) benchmark::DoNotOptimize(cw::load_campaign(text));
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(text.size()));
}
BENCHMARK(load_campaign_obol)->Unit(benchmark::kMicrosecond);

namespace {

// Chinese as people write it in a campaign post: sentences with their punctuation, some Latin, a link.
const char* const kChineseSentences =
    "调研项目：Obol 分布式验证器（DV）让以太坊质押更去中心化，容错、没有单点故障。"
    "质押 GT、BTC、OBOL 瓜分 2,250,000 OBOL，年化最高 168%！你准备好了吗？"
    "「一起来」《白皮书》说得很清楚……详情见 https://www.gate.io/launchpool/OBOL 。"
    "我们在社区里讨论了很久，大家都认为这个项目的技术路线值得关注，尤其是它的容错设计和节点运营者的激励。";

// A Chinese draft of at least size bytes: paragraphs of about 500 bytes, or one single paragraph.
std::string chinese_draft(std::size_t size, bool one_paragraph)
{
    std::string draft;
    while (draft.size() < size) {
        draft += kChineseSentences;
        if (!one_paragraph) draft += "\n";
    }
    return draft;
}

// About what the browser's fonts give at 16 px: an ideograph 16, Latin 8.
float advance_16px(std::string_view cluster)
{
    return cw::is_ideographic(cw::decode_utf8_at(cluster, 0).code_point) ? 16.0f : 8.0f;
}

constexpr float kEditorWidth = 600;

} // namespace

static void layout_rows_chinese(benchmark::State& state)
{
    const std::string draft = chinese_draft(static_cast<std::size_t>(state.range(0)), false);
    const cw::MeasureAdvance measure = advance_16px;
    for (auto _ : state) benchmark::DoNotOptimize(cw::layout_rows(draft, kEditorWidth, measure));
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(draft.size()));
}
BENCHMARK(layout_rows_chinese)->Arg(10 * 1024)->Arg(100 * 1024)->Unit(benchmark::kMicrosecond);

// Keys at offset, each timed: TextEdit::type (or Backspace, every other key, so the draft keeps its size)
// and TextLayout::update.
static void type_at(benchmark::State& state, std::size_t offset, cw::TextEdit& edit, cw::TextLayout& layout)
{
    const cw::MeasureAdvance measure = advance_16px;
    edit.set_caret(offset, false);
    bool typed = false;
    for (auto _ : state) {
        if (typed) edit.erase_backward();
        else edit.type("字");
        typed = !typed;
        const cw::TextChange change = cw::combine_changes(edit.take_changes());
        layout.update(edit.text(), change.start, change.old_end, change.new_end, measure);
    }
    benchmark::DoNotOptimize(layout.row_count());
}

// One key into the middle of a 100 KB draft. Argument 1: the draft is one single paragraph.
static void keystroke_100k(benchmark::State& state)
{
    cw::TextEdit edit(chinese_draft(100 * 1024, state.range(0) == 1));
    const cw::MeasureAdvance measure = advance_16px;
    cw::TextLayout layout;
    layout.reset(edit.text(), kEditorWidth, measure);
    type_at(state, edit.text().size() / 2, edit, layout);
}
BENCHMARK(keystroke_100k)->Arg(0)->Arg(1)->Unit(benchmark::kMicrosecond);

// One key at the start of a 5 MB draft, where every byte of the text comes after it. Argument 1: the
// draft is one single paragraph.
static void keystroke_at_start_5mb(benchmark::State& state)
{
    cw::TextEdit edit(chinese_draft(5'000'000, state.range(0) == 1));
    const cw::MeasureAdvance measure = advance_16px;
    cw::TextLayout layout;
    layout.reset(edit.text(), kEditorWidth, measure);
    type_at(state, 3, edit, layout);
}
BENCHMARK(keystroke_at_start_5mb)->Arg(0)->Arg(1)->Unit(benchmark::kMicrosecond);

// Pasting 1 MiB into the middle of a 100 KB draft: TextEdit::replace and TextLayout::update.
static void paste_1mib(benchmark::State& state)
{
    const std::string pasted = chinese_draft(1024 * 1024, false);
    cw::TextEdit edit(chinese_draft(100 * 1024, false));
    const cw::MeasureAdvance measure = advance_16px;
    cw::TextLayout layout;
    layout.reset(edit.text(), kEditorWidth, measure);
    const std::size_t at = cw::code_point_floor(edit.text(), edit.text().size() / 2);
    for (auto _ : state) {
        edit.replace(at, at, pasted);
        cw::TextChange change = cw::combine_changes(edit.take_changes());
        layout.update(edit.text(), change.start, change.old_end, change.new_end, measure);
        state.PauseTiming();
        edit.undo();
        change = cw::combine_changes(edit.take_changes());
        layout.update(edit.text(), change.start, change.old_end, change.new_end, measure);
        state.ResumeTiming();
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(pasted.size()));
}
BENCHMARK(paste_1mib)->Unit(benchmark::kMillisecond);

namespace {
std::vector<cw::SemanticNode> panel_tree()
{
    std::vector<cw::SemanticNode> nodes(120);
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        nodes[i].key = "control:" + std::to_string(i);
        nodes[i].role = i % 3 == 0 ? cw::Role::button : cw::Role::text;
        nodes[i].name = "A control's accessible name, some forty characters " + std::to_string(i);
        nodes[i].y = static_cast<float>(i) * 24.0f;
        nodes[i].width = 200;
        nodes[i].height = 24;
    }
    return nodes;
}
} // namespace

static void semantic_diff_120(benchmark::State& state)
{
    const std::vector<cw::SemanticNode> before = panel_tree();
    std::vector<cw::SemanticNode> after = panel_tree();
    if (state.range(0) == 1) after[60].checked = cw::Toggle::on;
    for (auto _ : state) benchmark::DoNotOptimize(cw::diff_semantic_nodes(before, after));
}
BENCHMARK(semantic_diff_120)->Arg(0)->Arg(1)->Unit(benchmark::kMicrosecond);

static void semantic_first_frame_json_120(benchmark::State& state)
{
    const std::vector<cw::SemanticNode> nodes = panel_tree();
    for (auto _ : state) benchmark::DoNotOptimize(cw::semantic_changes_json(cw::diff_semantic_nodes({}, nodes), nodes));
}
BENCHMARK(semantic_first_frame_json_120)->Unit(benchmark::kMicrosecond);

BENCHMARK_MAIN();
