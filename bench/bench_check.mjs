// `make bench-check`: runs the benchmarks that measure a budget (bench/budgets.mjs), then fails when a
// number misses its budget or was not measured. Outside `make test`: numbers of time need a quiet
// machine, and the browser's take minutes.
//   node bench/bench_check.mjs NATIVE_BUILD_DIR DIST_DIR HELLO_DIR
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { budgets } from './budgets.mjs';

const [nativeBuild, dist, helloDir] = process.argv.slice(2);
const resultsFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-check-')), 'results.json');
const env = { ...process.env, BENCH_RESULTS: resultsFile };

// Each benchmark records its numbers by budget id into the results file.
const benchmarks = [
  ['bench/check_speed.mjs', nativeBuild],
  ['bench/page_size.mjs', dist],
  // 15 loads of each page for the first frame: with 7, three runs on one build gave 1.18, 1.27 and
  // 1.40 (the bare page's median moved between 143 and 172 ms).
  ['bench/web_bench.mjs', dist, helloDir, '15'], // with the typing benchmark (bench/typing_bench.mjs)
];
for (const [script, ...args] of benchmarks) {
  console.log(`\n== ${script}`);
  const run = spawnSync(process.execPath, [script, ...args], { env, stdio: 'inherit' });
  if (run.status !== 0) console.log(`${script} failed (exit ${run.status}); its budgets count as not measured`);
}

const measured = fs.existsSync(resultsFile) ? JSON.parse(fs.readFileSync(resultsFile, 'utf8')) : {};
const format = (value) => (Number.isInteger(value) ? String(value) : value.toFixed(2));
let missed = 0;
console.log('\n== budgets (bench/budgets.mjs)');
for (const budget of budgets) {
  const value = measured[budget.id];
  const limit = budget.min !== undefined ? `≥ ${format(budget.min)}` : `≤ ${format(budget.max)}`;
  let verdict;
  if (typeof value !== 'number' || Number.isNaN(value)) verdict = 'NOT MEASURED';
  else if (budget.min !== undefined ? value >= budget.min : value <= budget.max) verdict = 'ok';
  else verdict = 'MISSED';
  if (verdict !== 'ok') missed++;
  const shown = typeof value === 'number' ? format(value) : '-';
  console.log(`${verdict.padEnd(12)} ${budget.id.padEnd(32)} ${shown.padStart(10)} ${budget.unit.padEnd(5)} (budget ${limit}) ${budget.what}`);
}
fs.rmSync(path.dirname(resultsFile), { recursive: true, force: true });
if (missed) {
  console.log(`\nbench-check: ${missed} of ${budgets.length} budgets missed or not measured`);
  process.exit(1);
}
console.log(`\nbench-check: all ${budgets.length} budgets met`);
