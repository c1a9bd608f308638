// The performance budgets `make bench-check` holds the widget to, in one place (issue 23's numbers).
// Each is a number some benchmark measures under the same id (bench/results.mjs), and a limit: `min`
// (at least) or `max` (at most). A budget whose number no benchmark measured fails too, so a benchmark
// that stops running cannot pass silently. A new budget is one line here and one `record(id, value)`
// where it is measured.
export const budgets = [
  // The check, natively (bench/check_speed.mjs, bench/core_bench.cpp), fastest of 7 runs.
  { id: 'campaign_check_mb_per_s', min: 60, unit: 'MB/s',
    what: 'campaign-check --format json on a 1 MiB mixed Chinese/English draft against the OBOL campaign, beyond a one-line draft\'s time' },
  { id: 'campaign_check_growth', max: 11, unit: '×',
    what: 'campaign-check: the 1 MiB draft\'s time beyond start-up over a tenth of it\'s (10 when linear)' },
  { id: 'core_check_draft_1mib_mb_per_s', min: 60, unit: 'MB/s', what: 'core_bench check_draft/1048576' },
  { id: 'core_fold_width_mb_per_s', min: 200, unit: 'MB/s', what: 'core_bench fold_width_64k' },

  // The page's size (scripts/measure_sizes.sh, each response gzip-compressed at level 9).
  { id: 'hosted_transfer_bytes', max: 320 * 1024, unit: 'bytes', what: 'the hosted page\'s whole transfer, gzip -9' },
  { id: 'offline_file_bytes', max: 1000000, unit: 'bytes', what: 'campaign-widget-offline.html' },

  // The page in headless Chromium (bench/web_bench.mjs).
  { id: 'first_draw_ratio', max: 1.1, unit: '×',
    what: 'time to the first WebGL frame drawn, the widget over the bare Dear ImGui page built the same way (medians)' },

  // Typing in the page (bench/typing_bench.mjs, run by bench/web_bench.mjs), caret near the start.
  { id: 'typing_p95_ratio_1mb', max: 1.2, unit: '×', what: 'typing frame p95, 1 MB draft against 100 B' },
  { id: 'typing_p95_ratio_5mb', max: 2.0, unit: '×', what: 'typing frame p95, 5 MB draft against 100 B' },
  { id: 'paste_5mb_longest_frame', max: 100, unit: 'ms', what: 'a 5 MB paste, its longest frame' },
  { id: 'key_after_pause_1mib', max: 50, unit: 'ms', what: 'a key after a pause in a 1 MiB draft, event to drawn (worst)' },
];
