// Odd text in the draft: emoji (with skin tones, ZWJ families, flags), right-to-left scripts, a line of
// 200 KB and lone UTF-16 surrogates. Whatever arrives, the widget keeps running, the report comes, and
// the draft comes back after a reload as it was typed; a lone surrogate, which UTF-8 cannot hold,
// becomes U+FFFD (�) and takes nothing else with it.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { centreOf, clickControl, openPage, settledDraft, waitForIdle, waitForWidget } from './support/browser.mjs';
import { serveWidgetAndLaunchBrowser } from './support/harness.mjs';

const harness = serveWidgetAndLaunchBrowser();

async function openEditor(lang = 'en') {
  const opened = await openPage(harness.browser, `${harness.server.url}?lang=${lang}`);
  await opened.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: harness.server.url });
  await clickControl(opened.page, 'tab-draft');
  const editor = await centreOf(opened.page, 'draft-editor');
  await opened.page.mouse.click(editor.x, editor.y);
  return opened;
}

async function paste(page, text) {
  await page.evaluate((pasted) => navigator.clipboard.writeText(pasted), text);
  await page.keyboard.press('Control+V');
}

// A paste whose text comes from the page's own script, which may hold what no clipboard would: a
// paste event with that text, sent to the focused text agent as the browser would send it.
async function pasteFromScript(page, text) {
  await page.evaluate((pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    const target = window.campaignWidget.shadowRoot.activeElement;
    target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, composed: true, cancelable: true }));
  }, text);
}

// The draft after the save that follows a change (within a second) and a reload of the page.
async function draftAfterReload(page, expected) {
  await page.waitForFunction((text) => {
    try { return JSON.parse(localStorage.getItem('campaign-widget:obol')).draft === text; } catch { return false; }
  }, expected);
  await page.reload();
  await waitForWidget(page);
  await waitForIdle(page);
  return page.evaluate(() => window.campaignWidget.draft);
}

const statusOf = (report, id) => report.checks.find((check) => check.id === id)?.status;

test('emoji typed and pasted, with skin tones, ZWJ sequences and flags, stay whole and come back after a reload', async () => {
  const { context, page, problems } = await openEditor();
  await page.keyboard.type('Hi 👋🏽 ');
  await paste(page, '👩‍👩‍👧 family, 🇨🇳🇺🇸 flags, 🏳️‍🌈 $OBOL 🚀');
  const expected = 'Hi 👋🏽 👩‍👩‍👧 family, 🇨🇳🇺🇸 flags, 🏳️‍🌈 $OBOL 🚀';
  assert.equal(await settledDraft(page), expected);
  const report = await page.evaluate(() => window.campaignWidget.report);
  assert.equal(report.stats.code_points, [...expected].length);
  assert.equal(statusOf(report, 'mention.ticker'), 'pass');
  assert.equal(await draftAfterReload(page, expected), expected);
  assert.deepEqual(problems, []);
  await context.close();
});

test('right-to-left text is kept in its order, and links and mentions inside it are found', async () => {
  const { context, page, problems } = await openEditor();
  const draft = 'مرحبا بالجميع $OBOL https://www.gate.io/trade/OBOL_USDT שלום לכולם https://www.gate.io/launchpool/OBOL?pid=291';
  await paste(page, draft);
  assert.equal(await settledDraft(page), draft);
  const report = await page.evaluate(() => window.campaignWidget.report);
  assert.equal(statusOf(report, 'mention.ticker'), 'pass');
  assert.equal(statusOf(report, 'link.spot'), 'pass');
  assert.equal(statusOf(report, 'link.launchpool'), 'pass');
  assert.equal(await draftAfterReload(page, draft), draft);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a line of 200 KB without a newline is checked, and typing at its end still works', async (t) => {
  const { context, page, problems } = await openEditor();
  const line = '$OBOL https://www.gate.io/trade/OBOL_USDT 关注 '.repeat(4100).slice(0, 200_000);
  await paste(page, line);
  await waitForIdle(page);
  await page.evaluate(() => { window.campaignWidget.stats.longestFrameMs = 0; });
  await page.keyboard.type(' end');
  assert.equal(await settledDraft(page), `${line} end`);
  t.diagnostic(`typing at the end of a 200 KB line: longest frame ${(await page.evaluate(() => window.campaignWidget.stats.longestFrameMs)).toFixed(1)} ms`);
  const report = await page.evaluate(() => window.campaignWidget.report);
  assert.equal(report.stats.code_points, [...line].length + 4);
  assert.equal(statusOf(report, 'link.spot'), 'pass');
  assert.equal(await draftAfterReload(page, `${line} end`), `${line} end`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('lone surrogates from a script become U+FFFD and take nothing else with them', async () => {
  const { context, page, problems } = await openEditor();
  await pasteFromScript(page, 'a\uD800b \uDC00c $OBOL');
  assert.equal(await settledDraft(page), 'a\uFFFDb \uFFFDc $OBOL');
  // The page's API takes the same care; a surrogate at the very end has nothing after it to swallow.
  await page.evaluate(() => { window.campaignWidget.draft = 'x\uD83D $OBOL \uD800'; });
  assert.equal(await settledDraft(page), 'x\uFFFD $OBOL \uFFFD');
  const report = await page.evaluate(() => window.campaignWidget.report);
  assert.equal(statusOf(report, 'mention.ticker'), 'pass');
  assert.equal(await draftAfterReload(page, 'x\uFFFD $OBOL \uFFFD'), 'x\uFFFD $OBOL \uFFFD');
  assert.deepEqual(problems, []);
  await context.close();
});
