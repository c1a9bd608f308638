// The numbers a benchmark measured, by budget id (bench/budgets.mjs). A benchmark records each; when the
// environment names a file in BENCH_RESULTS (make bench-check does), they are merged into it as JSON,
// so benchmarks run one after the other add to the same file.
import fs from 'node:fs';

const measured = {};

export function record(id, value) {
  measured[id] = value;
  const file = process.env.BENCH_RESULTS;
  if (!file) return;
  let all = {};
  try {
    all = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    all = {}; // the first number of the run
  }
  all[id] = value;
  fs.writeFileSync(file, JSON.stringify(all, null, 2) + '\n');
}

export function recorded() {
  return { ...measured };
}
