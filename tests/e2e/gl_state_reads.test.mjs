// A frame never reads back the GPU state it set itself. Dear ImGui's renderer saves the blend and scissor
// state before it draws and puts it back after; in WebGL each of those reads (getParameter) waits for
// the GPU process, about 1.4 ms of a 2.5 ms frame in all (src/platform/web/gl_state_cache.cpp keeps
// them instead). Typing is where it counts: a frame for every key.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { centreOf, clickControl, waitForIdle, waitForWidget } from './support/browser.mjs';
import { serveWidgetAndLaunchBrowser } from './support/harness.mjs';

const harness = serveWidgetAndLaunchBrowser();

// The state the renderer sets and restores at every frame, by its GL name.
const READ_BACK = {
  0x0c10: 'SCISSOR_BOX',
  0x80c9: 'BLEND_SRC_RGB',
  0x80c8: 'BLEND_DST_RGB',
  0x80cb: 'BLEND_SRC_ALPHA',
  0x80ca: 'BLEND_DST_ALPHA',
  0x8009: 'BLEND_EQUATION_RGB',
  0x883d: 'BLEND_EQUATION_ALPHA',
};

function countStateReads(names) {
  window.stateReads = {};
  window.countingStateReads = false;
  const getParameter = WebGL2RenderingContext.prototype.getParameter;
  WebGL2RenderingContext.prototype.getParameter = function (name) {
    if (window.countingStateReads && names.includes(name)) window.stateReads[name] = (window.stateReads[name] || 0) + 1;
    return getParameter.call(this, name);
  };
}

test('typing draws a frame for each key without reading back the blend and scissor state', async () => {
  const context = await harness.browser.newContext({ viewport: { width: 800, height: 600 } });
  const page = await context.newPage();
  await page.addInitScript(countStateReads, Object.keys(READ_BACK).map(Number));
  await page.goto(`${harness.server.url}?lang=en`);
  await waitForWidget(page);
  await waitForIdle(page);
  await clickControl(page, 'tab-draft');
  const editor = await centreOf(page, 'draft-editor');
  await page.mouse.click(editor.x, editor.y);
  await waitForIdle(page);

  const framesBefore = await page.evaluate(() => {
    window.countingStateReads = true;
    return window.campaignWidget.stats.frames;
  });
  for (const key of 'Obol DV $OBOL') { // each key in a frame of its own
    const frames = await page.evaluate(() => window.campaignWidget.stats.frames);
    await page.keyboard.type(key);
    await page.waitForFunction((before) => window.campaignWidget.stats.frames > before, frames);
  }
  await waitForIdle(page);
  const seen = await page.evaluate(() => ({
    frames: window.campaignWidget.stats.frames,
    reads: window.stateReads,
    draft: window.campaignWidget.draft,
  }));
  assert.equal(seen.draft, 'Obol DV $OBOL', 'every key landed');
  assert.ok(seen.frames - framesBefore >= 13, `a frame for each key (${seen.frames - framesBefore})`);
  const reads = Object.entries(seen.reads).map(([name, count]) => `${READ_BACK[name]} ${count}×`);
  assert.deepEqual(reads, [], 'no frame read the state back');
  await context.close();
});
