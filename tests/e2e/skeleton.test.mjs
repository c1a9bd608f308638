// The walking skeleton in a real browser: it loads cleanly, draws, shows the campaign's Chinese title,
// is sharp on HiDPI and draws nothing while nobody touches it.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { openPage, readPixels, waitForIdle } from './support/browser.mjs';
import { serveWidgetAndLaunchBrowser } from './support/harness.mjs';

const CLEAR_COLOUR = [28, 31, 36]; // kClearColor in src/platform/web/main.cpp, and the page background
// CSS pixels: the title bar inside the window's one-pixel border, where Dear ImGui draws the title.
const TITLE_BAR = { x: 1, y: 1, width: 300, height: 20 };

const harness = serveWidgetAndLaunchBrowser();

function pixelAt(image, index) {
  return image.data.slice(index * 4, index * 4 + 3);
}

function sameColour(a, b, tolerance = 2) {
  return a.every((value, i) => Math.abs(value - b[i]) <= tolerance);
}

// The most common colour of an image: the background it was drawn on.
function dominantColour(image) {
  const counts = new Map();
  for (let i = 0; i < image.width * image.height; i++) {
    const key = pixelAt(image, i).join(',');
    counts.set(key, (counts.get(key) || 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0].split(',').map(Number);
}

// Pixels that differ from the background colour, optionally only from column fromX on.
function countDiffering(image, colour, fromX = 0) {
  let count = 0;
  for (let i = 0; i < image.width * image.height; i++) {
    if (i % image.width >= fromX && !sameColour(pixelAt(image, i), colour, 24)) count++;
  }
  return count;
}

test('the page loads with no console error and no failed request', async () => {
  const { context, problems, page } = await openPage(harness.browser, harness.server.url);
  assert.ok((await page.evaluate(() => window.campaignWidget.stats.frames)) >= 1);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the canvas is not blank: it shows more than the clear colour', async () => {
  const { context, page } = await openPage(harness.browser, harness.server.url);
  const image = await readPixels(page, { x: 0, y: 0, width: 800, height: 600 });
  let notClear = 0;
  for (let i = 0; i < image.width * image.height; i++) {
    if (!sameColour(pixelAt(image, i), CLEAR_COLOUR)) notClear++;
  }
  assert.ok(notClear > image.width * image.height * 0.5, `only ${notClear} pixels differ from the clear colour`);
  await context.close();
});

test('the Chinese title is drawn: the title bar differs from the English one and has text in it', async () => {
  const titleBars = {};
  for (const lang of ['zh', 'en']) {
    const { context, page, problems } = await openPage(harness.browser, `${harness.server.url}?lang=${lang}`);
    titleBars[lang] = await readPixels(page, TITLE_BAR);
    assert.deepEqual(problems, []);
    await context.close();
  }
  const zh = titleBars.zh;
  const background = dominantColour(zh);
  const textPixels = countDiffering(zh, background);
  assert.ok(textPixels > 200, `the Chinese title bar has only ${textPixels} text pixels`);
  // Right of "OBOL " stand six Chinese glyphs with dense strokes (about 420 ink pixels); a font without
  // them would draw six sparse fallback glyphs there instead.
  const chineseInk = countDiffering(zh, background, 44);
  assert.ok(chineseInk > 300, `only ${chineseInk} ink pixels where the Chinese characters should be`);

  let differing = 0;
  for (let i = 0; i < zh.width * zh.height; i++) {
    if (!sameColour(pixelAt(zh, i), pixelAt(titleBars.en, i), 24)) differing++;
  }
  assert.ok(differing > 100, `Chinese and English title bars differ in only ${differing} pixels`);
});

test('on a HiDPI screen the backing store is the CSS size times devicePixelRatio', async () => {
  const { context, page } = await openPage(harness.browser, harness.server.url, { deviceScaleFactor: 2 });
  const size = await page.evaluate(() => {
    const canvas = window.campaignWidget.shadowRoot.querySelector('canvas');
    const box = canvas.getBoundingClientRect();
    return { width: canvas.width, height: canvas.height, cssWidth: box.width, cssHeight: box.height };
  });
  assert.equal(size.width, size.cssWidth * 2);
  assert.equal(size.height, size.cssHeight * 2);
  await context.close();
});

test('idle costs nothing: no frames are drawn while nothing happens, and input draws again', async () => {
  const { context, page } = await openPage(harness.browser, harness.server.url);
  const settled = await waitForIdle(page); // the frames that settle the first layout
  await page.waitForTimeout(1000); // a person's pause: nothing happens for a while
  assert.equal(await page.evaluate(() => window.campaignWidget.stats.frames), settled);

  await page.mouse.move(200, 200);
  await page.waitForFunction((before) => window.campaignWidget.stats.frames > before, settled);
  await context.close();
});

test('the container resizing resizes the canvas and redraws', async () => {
  const { context, page } = await openPage(harness.browser, harness.server.url);
  const before = await waitForIdle(page);
  await page.setViewportSize({ width: 500, height: 400 });
  await page.waitForFunction((frames) => window.campaignWidget.stats.frames > frames, before);
  await waitForIdle(page);
  const width = await page.evaluate(() => window.campaignWidget.shadowRoot.querySelector('canvas').width);
  assert.equal(width, 500);
  await context.close();
});
