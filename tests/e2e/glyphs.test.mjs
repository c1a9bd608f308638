// Every character a person types is drawn: glyphs come from the browser's own fonts (Canvas 2D), so
// Traditional Chinese, rare name characters, Japanese, Korean, symbols and emoji all have a picture, and
// emoji are in colour. stats.missingGlyphs counts the code points drawn for which no font had a glyph
// (drawn as a visible box, never as "?"); a character no font on the device has is counted.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { clickControl, openPage, readPixels, waitForIdle } from './support/browser.mjs';
import { serveWidgetAndLaunchBrowser } from './support/harness.mjs';

const harness = serveWidgetAndLaunchBrowser();

const EVERY_SCRIPT_DRAFT = [
  '繁體：這個項目的分佈式驗證器很穩定，質押體驗優秀',
  '名字：喆 堃 珺 昇 犇 𠮷',
  '日本語：ステーキングは簡単です',
  '한국어: 스테이킹 보상',
  '符号：→ ★ ① ℃ ™ ✓',
  'Emoji 🚀🔥💰👍 👋🏽 👩‍👩‍👧 🇨🇳 #️⃣',
].join('\n');

async function showDraft(lang, draft) {
  const opened = await openPage(harness.browser, `${harness.server.url}?lang=${lang}`);
  await clickControl(opened.page, 'tab-draft');
  await opened.page.evaluate((text) => { window.campaignWidget.draft = text; }, draft);
  await waitForIdle(opened.page);
  return opened;
}

const missingGlyphs = (page) => page.evaluate(() => window.campaignWidget.stats.missingGlyphs);

for (const lang of ['zh', 'en']) {
  test(`a draft in every script, with symbols and emoji, is drawn with no missing glyph (${lang} UI)`, async () => {
    const { context, page, problems } = await showDraft(lang, EVERY_SCRIPT_DRAFT);
    assert.equal(await missingGlyphs(page), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

// A code point no font has (U+0378 is unassigned): counted, and drawn as a box, so the count of zero
// above means every glyph was found rather than that nothing was counted.
test('a character no font has is counted as missing and drawn as a visible box', async () => {
  const { context, page, problems } = await showDraft('en', 'x');
  const editor = await page.evaluate(() => window.campaignWidget.itemRect('draft-editor'));
  const clip = { x: editor.x, y: editor.y, width: Math.min(editor.width, 200), height: 40 };
  const inkOf = (pixels) => {
    let ink = 0;
    for (let i = 0; i < pixels.data.length; i += 4) if (pixels.data[i] + pixels.data[i + 1] + pixels.data[i + 2] < 300) ink++;
    return ink;
  };
  const before = inkOf(await readPixels(page, clip));
  assert.equal(await missingGlyphs(page), 0);
  await page.evaluate(() => { window.campaignWidget.draft = 'x\u0378\u0378\u0378'; });
  await waitForIdle(page);
  assert.equal(await missingGlyphs(page), 1); // one code point, however often it is drawn
  assert.ok(inkOf(await readPixels(page, clip)) > before + 20, 'the missing glyphs are drawn as boxes');
  assert.deepEqual(problems, []);
  await context.close();
});

// Colour: a pixel far from grey. The panel's own colours are greys and one accent; emoji bring reds,
// oranges and yellows into the editor, where plain text never has them.
function colourfulPixels(pixels) {
  let count = 0;
  for (let i = 0; i < pixels.data.length; i += 4) {
    const [r, g, b] = [pixels.data[i], pixels.data[i + 1], pixels.data[i + 2]];
    if (r > 180 && b < 120 && r - b > 100) count++; // red, orange, yellow
  }
  return count;
}

test('emoji are drawn in colour', async () => {
  const { context, page, problems } = await showDraft('en', 'plain text only');
  const editor = await page.evaluate(() => window.campaignWidget.itemRect('draft-editor'));
  const clip = { x: editor.x, y: editor.y, width: Math.min(editor.width, 300), height: 60 };
  assert.equal(colourfulPixels(await readPixels(page, clip)), 0);
  await page.evaluate(() => { window.campaignWidget.draft = '🔥🚀💰👍🔥🚀💰👍'; });
  await waitForIdle(page);
  assert.ok(colourfulPixels(await readPixels(page, clip)) > 100, 'emoji bring warm colours into the editor');
  assert.equal(await missingGlyphs(page), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

// No Canvas 2D context to draw glyphs with (a locked-down browser): the plain-HTML view, which the
// browser draws itself, takes the canvas's place; never a blank box or a crash.
test('without a Canvas 2D context the plain-HTML view is shown, and what is typed reaches the draft', async () => {
  const context = await harness.browser.newContext({ viewport: { width: 800, height: 600 } });
  await context.addInitScript(() => {
    const refuse2d = (getContext) => function (kind, ...rest) { return kind === '2d' ? null : getContext.call(this, kind, ...rest); };
    HTMLCanvasElement.prototype.getContext = refuse2d(HTMLCanvasElement.prototype.getContext);
    if (window.OffscreenCanvas) OffscreenCanvas.prototype.getContext = refuse2d(OffscreenCanvas.prototype.getContext);
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(harness.server.url);
  await page.evaluate(() => window.campaignWidget.ready);
  assert.equal(await page.evaluate(() => window.campaignWidget.fallback), true);
  // It says why, truthfully: WebGL2 is there; drawing text is not.
  assert.match(await page.locator('campaign-widget .fallback-message').textContent(), /Canvas 2D/);
  const textarea = page.locator('campaign-widget textarea.draft');
  await textarea.click();
  await page.keyboard.type('$OBOL 喆 🚀');
  await page.waitForFunction(() => window.campaignWidget.draft === '$OBOL 喆 🚀');
  assert.deepEqual(errors, []);
  await context.close();
});
