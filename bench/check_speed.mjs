// The check's speed, natively, for `make bench-check` (budgets in bench/budgets.mjs):
//   - campaign-check --format json on drafts made by repeating one mixed Chinese/English line, against
//     the OBOL campaign: a one-line draft (start-up: loading the campaign, the process), a tenth of
//     1 MiB and 1 MiB, each the fastest of 7 runs, taken in rounds. The throughput is 1 MiB over its
//     time beyond the one-line draft's; the growth is that time over the tenth's (10 when the check is
//     linear).
//   - core_bench's check_draft/1048576 and fold_width_64k, the fastest of 7 repetitions.
//   node bench/check_speed.mjs NATIVE_BUILD_DIR
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { record } from './results.mjs';

const buildDir = process.argv[2] || 'build/native';
const RUNS = 7;
const MB = 1e6;
const LINE = 'Obol 是以太坊的分布式验证器(DV)网络,容错、无单点故障。$OBOL tokenomics: governance. 现货 ' +
  'https://www.gate.io/trade/OBOL_USDT。Launchpool https://www.gate.io/launchpool/OBOL?pid=291,质押 GT、BTC、OBOL,APR 168%。\n';
const CAMPAIGN = path.resolve('assets/campaigns/obol.json');

// Whole lines, as many as fit in `size` bytes.
function draftOf(size) {
  const line = Buffer.from(LINE);
  return Buffer.concat(Array(Math.max(1, Math.floor(size / line.length))).fill(line));
}

// One run of campaign-check on a draft, in ms.
function timeCheck(file) {
  const start = process.hrtime.bigint();
  const result = spawnSync(path.join(buildDir, 'campaign-check'), ['--campaign', CAMPAIGN, '--format', 'json', file],
                           { maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`campaign-check failed on ${file} (exit ${result.status}): ${result.stderr}`);
  }
  return ms;
}

// The fastest of RUNS runs of each draft, taken in rounds (each round checks every draft once, in a
// turning order): the tenth's time beyond start-up is under a millisecond, so a machine that slows for
// a few seconds must slow every draft's runs alike, not only the ones taken while it was slow.
function fastestChecks(files) {
  const names = Object.keys(files);
  const fastest = Object.fromEntries(names.map((name) => [name, Infinity]));
  for (let run = 0; run < RUNS; run++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(run + k) % names.length];
      fastest[name] = Math.min(fastest[name], timeCheck(files[name]));
    }
  }
  return fastest;
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'check-speed-'));
try {
  const drafts = { line: draftOf(1), tenth: draftOf(1024 * 1024 / 10), full: draftOf(1024 * 1024) };
  const files = {};
  for (const [name, bytes] of Object.entries(drafts)) {
    files[name] = path.join(work, `${name}.txt`);
    fs.writeFileSync(files[name], bytes);
  }
  const ms = fastestChecks(files);
  const beyond = (name) => Math.max(0.001, ms[name] - ms.line);
  const throughput = (drafts.full.length - drafts.line.length) / MB / (beyond('full') / 1000);
  console.log(`campaign-check --format json, fastest of ${RUNS}: one line ${ms.line.toFixed(1)} ms, ` +
              `${drafts.tenth.length} bytes ${ms.tenth.toFixed(1)} ms, ${drafts.full.length} bytes ${ms.full.toFixed(1)} ms`);
  console.log(`  beyond start-up: ${throughput.toFixed(1)} MB/s; the full draft takes ${(beyond('full') / beyond('tenth')).toFixed(2)}× the tenth's time`);
  record('campaign_check_mb_per_s', throughput);
  record('campaign_check_growth', beyond('full') / beyond('tenth'));
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}

const bench = spawnSync(path.join(buildDir, 'core_bench'),
                        ['--benchmark_filter=^(fold_width_64k|check_draft/1048576)$', `--benchmark_repetitions=${RUNS}`,
                         '--benchmark_format=json'], { maxBuffer: 1 << 26 });
if (bench.status !== 0) throw new Error(`core_bench failed: ${bench.stderr}`);
const fastest = (name) => Math.max(...JSON.parse(bench.stdout).benchmarks
  .filter((b) => b.run_name === name && b.run_type === 'iteration').map((b) => b.bytes_per_second)) / MB;
const fold = fastest('fold_width_64k');
const check = fastest('check_draft/1048576');
console.log(`core_bench, fastest of ${RUNS} (CPU time): fold_width_64k ${fold.toFixed(0)} MB/s, check_draft/1048576 ${check.toFixed(1)} MB/s`);
record('core_fold_width_mb_per_s', fold);
record('core_check_draft_1mib_mb_per_s', check);
