// Web benchmark, in headless Chromium (WebGL2 on SwiftShader, a software renderer: a real GPU is faster),
// with pages served from loopback:
//   - time from navigation to the first frame, the widget against a bare Dear ImGui "hello" page built
//     with the same toolchain and flags (bench/imgui_hello), median of N loads of each, interleaved;
//     taken inside the page (see timeToFirstFrame), as drawn and as presented;
//   - typing at every size, a 5 MB paste and a key after a pause in typing, each with its budget
//     (bench/typing_bench.mjs);
//   - frames drawn over 2 s of idling with the editor focused;
//   - the WebAssembly functions compiled at their first call before the first frame, widget and bare page;
//   - time to first frame of the one-file offline widget opened from file://;
//   - glyphs drawn by the browser's fonts: the first frame of the draft panel showing a Chinese draft
//     (zh UI), and 1,000 distinct CJK ideographs never drawn before, in ms of rasterization.
//   node bench/web_bench.mjs DIST_DIR HELLO_DIR [loads]
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { centreOf, launchChromium, waitForIdle, waitForWidget } from '../tests/e2e/support/browser.mjs';
import { record } from './results.mjs';
import { startStaticServer } from '../tests/e2e/support/static_server.mjs';
import { measureTyping, printTypingResults } from './typing_bench.mjs';

const [dist, helloDir, loadsArgument] = process.argv.slice(2);
const loads = Number(loadsArgument || 5);
const server = await startStaticServer(dist, { '/hello/': helloDir });
const browser = await launchChromium();

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

// Both pages resolve campaignWidget.ready in the callback that drew their first frame. The clock is read
// inside the page, by a script installed before the page's own: asking from the test process instead
// would add however long the page's main thread stays busy after the frame (the widget draws a few
// more frames to settle its layout; each is read back from SwiftShader for compositing here).
// "drawn": when the first frame's drawing ends (the moment is also marked for a trace:
// compiledBeforeFirstFrame). "presented": the page's first contentful paint, which the browser times
// when the compositor's frame holding it is shown; neither page has other content (the widget page's
// heading is clipped to nothing), so it is the first frame of the canvas on the screen. It comes after
// the GPU process has run the frame's WebGL commands: the bare page waits for them inside its first
// frame (its canvas is resized every frame), the widget after drawing it. (The next animation frame,
// measured before as "on screen", is no such moment: for the widget it starts before its first frame is
// shown.)
//
// Both moments count only a frame that draws: each page's first frame must make a WebGL draw call before
// ready resolves (a Dear ImGui window that fits its content is hidden in its first frame, which then
// only clears the canvas: such a page's "first frame" would be no frame of its content). The first draw
// call's own moment is printed beside them ("first draw call").
function recordFirstFrame() {
  const prototype = WebGL2RenderingContext.prototype;
  for (const name of ['drawArrays', 'drawElements', 'drawArraysInstanced', 'drawElementsInstanced', 'drawRangeElements']) {
    const draw = prototype[name];
    prototype[name] = function (...args) {
      if (window.firstDrawCall === undefined) window.firstDrawCall = performance.now();
      return draw.apply(this, args);
    };
  }
  new PerformanceObserver((entries) => {
    for (const entry of entries.getEntries()) {
      if (entry.name === 'first-contentful-paint') window.firstPresented = entry.startTime;
    }
  }).observe({ type: 'paint', buffered: true });
  // ready is watched from the moment the page names its widget (window.campaignWidget), not from
  // DOMContentLoaded: a module that starts before the document is parsed (its .wasm preloaded, say)
  // would otherwise be timed at DOMContentLoaded, after its first frame and the frames that follow it.
  let widget;
  Object.defineProperty(window, 'campaignWidget', {
    configurable: true,
    enumerable: true,
    get: () => widget,
    set: (value) => {
      widget = value;
      value.ready.then(() => {
        if (window.firstFrameDrawn !== undefined) return;
        performance.mark('first-frame-drawn');
        window.firstFrameDrawn = performance.now();
      });
    },
  });
}

async function timeToFirstFrame(url) {
  const context = await browser.newContext({ viewport: { width: 800, height: 600 } });
  const page = await context.newPage();
  await page.addInitScript(recordFirstFrame);
  await page.goto(url);
  await waitForWidget(page);
  await page.waitForFunction(() => window.firstFrameDrawn && window.firstPresented);
  const times = await page.evaluate(() => ({
    drawn: window.firstFrameDrawn, presented: window.firstPresented, drawCall: window.firstDrawCall,
  }));
  await context.close();
  if (!(times.drawCall <= times.drawn)) {
    throw new Error(`${url}: its first frame made no WebGL draw call (ready at ${times.drawn.toFixed(0)} ms, first draw ` +
                    `call ${times.drawCall === undefined ? 'never' : `at ${times.drawCall.toFixed(0)} ms`}): its time to ` +
                    'the first frame would not be the time to a frame of its content');
  }
  return times;
}

const widgetLoads = [];
const helloLoads = [];
await timeToFirstFrame(server.url); // warm-up: the first launch of each kind pays for compiling shaders
await timeToFirstFrame(`${server.url}hello/hello.html`);
for (let i = 0; i < loads; i++) {
  widgetLoads.push(await timeToFirstFrame(server.url));
  helloLoads.push(await timeToFirstFrame(`${server.url}hello/hello.html`));
}
// The WebAssembly functions the browser compiled before the first frame, and the time it took: it
// compiles each function the first time it is called (tiering up the busy ones later), so a start-up
// that calls many distinct functions pays a compile for each. Counted from a trace of one load; unlike
// the time to the first frame, the count hardly moves from run to run. The first frame is the moment
// campaignWidget.ready resolves, marked in the trace by recordFirstFrame.
async function compiledBeforeFirstFrame(url) {
  const context = await browser.newContext({ viewport: { width: 800, height: 600 } });
  const page = await context.newPage();
  await page.addInitScript(recordFirstFrame);
  await browser.startTracing(page, { categories: ['v8.wasm', 'blink.user_timing'] });
  await page.goto(url);
  await waitForWidget(page);
  await page.waitForFunction(() => window.firstFrameDrawn && window.firstPresented);
  const trace = await browser.stopTracing();
  await context.close();
  const events = JSON.parse(trace.toString('utf8')).traceEvents;
  const mark = events.find((event) => event.name === 'first-frame-drawn');
  if (!mark) return null; // a browser whose trace has no user timing: the count is not measured
  const compiles = events.filter((event) => event.name === 'wasm.CompileLazy' && event.pid === mark.pid && event.ts < mark.ts);
  return { functions: compiles.length, ms: compiles.reduce((sum, event) => sum + (event.dur || 0), 0) / 1000 };
}
const widgetCompiles = await compiledBeforeFirstFrame(server.url);
const helloCompiles = await compiledBeforeFirstFrame(`${server.url}hello/hello.html`);
const describeCompiles = (compiles) => (compiles ? `${compiles.functions} in ${compiles.ms.toFixed(1)} ms` : 'not measured');
console.log(`wasm functions compiled at their first call before the first frame (one traced load): widget ` +
            `${describeCompiles(widgetCompiles)}, bare Dear ImGui page ${describeCompiles(helloCompiles)} ` +
            `(times under tracing run slower)`);

const offlineLoads = [];
const offlineUrl = pathToFileURL(path.resolve(dist, 'campaign-widget-offline.html')).href;
await timeToFirstFrame(offlineUrl);
for (let i = 0; i < loads; i++) offlineLoads.push(await timeToFirstFrame(offlineUrl));
const MOMENTS = { drawCall: 'first draw call', drawn: 'drawn          ', presented: 'presented      ' };
function compareFirstFrames(moment) {
  const widget = median(widgetLoads.map((times) => times[moment]));
  const hello = median(helloLoads.map((times) => times[moment]));
  console.log(`time to first frame ${MOMENTS[moment]}, median of ${loads}: ` +
              `widget ${widget.toFixed(0)} ms, bare Dear ImGui page ${hello.toFixed(0)} ms, ratio ${(widget / hello).toFixed(2)}`);
  if (moment === 'drawn') record('first_draw_ratio', widget / hello);
}
compareFirstFrames('drawCall');
compareFirstFrames('drawn');
compareFirstFrames('presented');

console.log(`offline file from file://, time to first frame drawn / presented, median of ${loads}: ` +
            `${median(offlineLoads.map((times) => times.drawn)).toFixed(0)} / ${median(offlineLoads.map((times) => times.presented)).toFixed(0)} ms`);

printTypingResults(await measureTyping(browser, server.url));

const context = await browser.newContext({ viewport: { width: 800, height: 600 } });
const page = await context.newPage();
await page.goto(server.url);
await waitForWidget(page);
await waitForIdle(page);
const tab = await centreOf(page, 'tab-draft');
await page.mouse.click(tab.x, tab.y);
await waitForIdle(page);
const editor = await centreOf(page, 'draft-editor');
await page.mouse.click(editor.x, editor.y);
const settled = await waitForIdle(page);
await page.waitForTimeout(2000);
const idleFrames = (await page.evaluate(() => window.campaignWidget.stats.frames)) - settled;
console.log(`frames drawn over 2 s idle with the editor focused: ${idleFrames}`);
await context.close();

// Glyphs. A fresh page in Chinese with a Traditional Chinese draft saved: the first frame of the draft
// panel draws the draft's glyphs (and the panel's) for the first time.
const glyphStats = (glyphPage) => glyphPage.evaluate(() => {
  const { frames, lastFrameMs, glyphsRasterized, glyphRasterMs } = window.campaignWidget.stats;
  return { frames, lastFrameMs, glyphsRasterized, glyphRasterMs };
});
const glyphContext = await browser.newContext({ viewport: { width: 800, height: 600 } });
const glyphPage = await glyphContext.newPage();
await glyphPage.goto(`${server.url}?lang=zh`);
await waitForWidget(glyphPage);
await waitForIdle(glyphPage);
const chineseDraft = '繁體：這個項目的分佈式驗證器很穩定，質押體驗優秀。名字：喆 堃 珺 昇 犇 𠮷。\n' +
  '分布式验证器让多家运营商共同运行一个验证器，一台机器宕机也不会掉线。$OBOL 🚀🔥\n';
await glyphPage.evaluate((text) => { window.campaignWidget.draft = text; }, chineseDraft.repeat(3));
await waitForIdle(glyphPage);
const beforePanel = await glyphStats(glyphPage);
await glyphPage.evaluate(() => { window.campaignWidget.stats.longestFrameMs = 0; });
const draftTab = await centreOf(glyphPage, 'tab-draft');
await glyphPage.mouse.click(draftTab.x, draftTab.y);
await waitForIdle(glyphPage);
const settledPanel = await glyphStats(glyphPage);
// The frame that first lays out the panel draws every glyph in it; the frames after draw them again.
const panelFrameMs = await glyphPage.evaluate(() => window.campaignWidget.stats.longestFrameMs);
console.log(`draft panel with a Chinese draft, its first frame (the longest after the click): ${panelFrameMs.toFixed(1)} ms CPU, ` +
            `of it ${(settledPanel.glyphRasterMs - beforePanel.glyphRasterMs).toFixed(1)} ms rasterizing ` +
            `${settledPanel.glyphsRasterized - beforePanel.glyphsRasterized} glyphs not drawn before`);

// 1,000 distinct ideographs (U+4E00 on, which no page of the widget had drawn), shown 100 at a time so
// that each batch is on screen in the editor.
const start = await glyphStats(glyphPage);
for (let batch = 0; batch < 10; batch++) {
  let text = '';
  for (let i = 0; i < 100; i++) text += String.fromCodePoint(0x4E00 + 100 * batch + i) + (i % 20 === 19 ? '\n' : '');
  await glyphPage.evaluate((draft) => { window.campaignWidget.draft = draft; }, text);
  await waitForIdle(glyphPage);
}
const end = await glyphStats(glyphPage);
const rasterized = end.glyphsRasterized - start.glyphsRasterized;
const rasterMs = end.glyphRasterMs - start.glyphRasterMs;
console.log(`1,000 distinct CJK glyphs: ${rasterized} rasterized in ${rasterMs.toFixed(0)} ms ` +
            `(${(1000 * rasterMs / Math.max(1, rasterized)).toFixed(0)} ms per 1,000, ${(rasterMs / Math.max(1, rasterized) * 1000).toFixed(0)} µs each)`);
await glyphContext.close();

await browser.close();
await server.close();
