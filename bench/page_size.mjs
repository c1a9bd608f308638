// The page's size, for `make bench-check`: the hosted page's whole transfer as scripts/measure_sizes.sh
// counts it (each response gzip -9), and the offline file's bytes; also the module's largest functions
// (bench/wasm_functions.mjs says why they matter).
//   node bench/page_size.mjs DIST_DIR
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { record } from './results.mjs';
import { functionBodySizes } from './wasm_functions.mjs';

const dist = process.argv[2] || 'dist';
const sizes = execFileSync('scripts/measure_sizes.sh', [dist], { encoding: 'utf8' });
const hosted = Number(/hosted page transfer, gzip\s+(\d+)/.exec(sizes)[1]);
const offline = fs.statSync(path.join(dist, 'campaign-widget-offline.html')).size;
console.log(`hosted page transfer, gzip -9: ${hosted} bytes (${(hosted / 1024).toFixed(1)} KiB); offline file: ${offline} bytes`);
record('hosted_transfer_bytes', hosted);
record('offline_file_bytes', offline);
const wasm = fs.readdirSync(dist).find((name) => /^campaign-widget-core\..*\.wasm$/.test(name));
if (wasm) {
  const sizes = functionBodySizes(path.join(dist, wasm)).sort((a, b) => b - a);
  console.log(`the module's ${sizes.length} functions: the largest ${sizes.slice(0, 3).join(', ')} bytes; ` +
              `${sizes.filter((size) => size > 16384).length} over 16 KiB`);
}
