// Web benchmark, in headless Chromium (WebGL2 on SwiftShader, a software renderer: a real GPU is faster),
// with pages served from loopback:
//   - time from navigation to the first frame, the widget against a bare Dear ImGui "hello" page built
//     with the same toolchain and flags (bench/imgui_hello), median of N loads of each, interleaved;
//   - the CPU time of the frames drawn while typing into the draft editor holding a 10 KB draft;
//   - frames drawn over 2 s of idling with the editor focused;
//   - time to first frame of the one-file offline widget opened from file://.
//   node bench/web_bench.mjs DIST_DIR HELLO_DIR [loads]
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { centreOf, launchChromium, waitForIdle, waitForWidget } from '../tests/e2e/support/browser.mjs';
import { startStaticServer } from '../tests/e2e/support/static_server.mjs';

const [dist, helloDir, loadsArgument] = process.argv.slice(2);
const loads = Number(loadsArgument || 5);
const server = await startStaticServer(dist, { '/hello/': helloDir });
const browser = await launchChromium();

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))];

async function timeToFirstFrame(url) {
  const context = await browser.newContext({ viewport: { width: 800, height: 600 } });
  const page = await context.newPage();
  await page.goto(url);
  await waitForWidget(page);
  // performance.now() counts from the navigation's start; the first frame resolved `ready` just now.
  const milliseconds = await page.evaluate(() => performance.now());
  await context.close();
  return milliseconds;
}

const widgetLoads = [];
const helloLoads = [];
await timeToFirstFrame(server.url); // warm-up: the first launch of each kind pays for compiling shaders
await timeToFirstFrame(`${server.url}hello/hello.html`);
for (let i = 0; i < loads; i++) {
  widgetLoads.push(await timeToFirstFrame(server.url));
  helloLoads.push(await timeToFirstFrame(`${server.url}hello/hello.html`));
}
const offlineLoads = [];
const offlineUrl = pathToFileURL(path.resolve(dist, 'campaign-widget-offline.html')).href;
await timeToFirstFrame(offlineUrl);
for (let i = 0; i < loads; i++) offlineLoads.push(await timeToFirstFrame(offlineUrl));
const widgetMedian = median(widgetLoads);
const helloMedian = median(helloLoads);
console.log(`time to first frame, median of ${loads}: widget ${widgetMedian.toFixed(0)} ms, ` +
            `bare Dear ImGui page ${helloMedian.toFixed(0)} ms, ratio ${(widgetMedian / helloMedian).toFixed(2)}`);

console.log(`offline file from file://, time to first frame, median of ${loads}: ${median(offlineLoads).toFixed(0)} ms`);

const context = await browser.newContext({ viewport: { width: 800, height: 600 } });
const page = await context.newPage();
await page.goto(server.url);
await waitForWidget(page);
await waitForIdle(page);
const tab = await centreOf(page, 'tab-draft');
await page.mouse.click(tab.x, tab.y);
await waitForIdle(page);
const paragraph = 'Obol 分布式验证器（DV）让多家运营商共同运行一个验证器。$OBOL https://www.gate.io/trade/OBOL_USDT\n';
let tenKilobytes = '';
while (Buffer.byteLength(tenKilobytes) < 10 * 1024) tenKilobytes += paragraph;
await page.evaluate((text) => { window.campaignWidget.draft = text; }, tenKilobytes);
await waitForIdle(page);
const editor = await centreOf(page, 'draft-editor');
await page.mouse.click(editor.x, editor.y);
await waitForIdle(page);
const typed = '关注 $OBOL Launchpool staking GT BTC OBOL 2,250,000 ';
const frameTimes = [];
for (const character of typed.repeat(3)) {
  const before = await page.evaluate(() => window.campaignWidget.stats.frames);
  if (/[\x20-\x7e]/.test(character)) await page.keyboard.press(character === ' ' ? 'Space' : character);
  else await page.keyboard.insertText(character);
  await page.waitForFunction((frames) => window.campaignWidget.stats.frames > frames, before);
  frameTimes.push(await page.evaluate(() => window.campaignWidget.stats.lastFrameMs));
}
console.log(`frame CPU time while typing into a 10 KB draft (${frameTimes.length} keys): median ${median(frameTimes).toFixed(2)} ms, ` +
            `95th percentile ${percentile(frameTimes, 0.95).toFixed(2)} ms`);

const settled = await waitForIdle(page);
await page.waitForTimeout(2000);
const idleFrames = (await page.evaluate(() => window.campaignWidget.stats.frames)) - settled;
console.log(`frames drawn over 2 s idle with the editor focused: ${idleFrames}`);

await browser.close();
await server.close();
