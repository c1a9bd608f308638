// Page-load benchmark: time from navigation to the widget's first frame, in headless Chromium
// (WebGL2 on SwiftShader, so slower than a real GPU), served from loopback. Prints the median of N runs.
//   node bench/page_load.mjs [runs]
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { launchChromium } from '../tests/e2e/support/browser.mjs';
import { startStaticServer } from '../tests/e2e/support/static_server.mjs';

const runs = Number(process.argv[2] || 7);
const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist');
const server = await startStaticServer(dist);
const browser = await launchChromium();

const firstFrame = [];
const frameMs = [];
for (let i = 0; i < runs; i++) {
  const context = await browser.newContext({ viewport: { width: 800, height: 600 } });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.evaluate(() => window.campaignWidget.ready);
  firstFrame.push(await page.evaluate(() => performance.now()));
  frameMs.push(await page.evaluate(() => window.campaignWidget.stats.lastFrameMs));
  await context.close();
}
await browser.close();
await server.close();

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(`page load to first frame: median ${median(firstFrame).toFixed(0)} ms over ${runs} runs ` +
            `(min ${Math.min(...firstFrame).toFixed(0)}, max ${Math.max(...firstFrame).toFixed(0)})`);
console.log(`last settle frame CPU time: median ${median(frameMs).toFixed(1)} ms`);
