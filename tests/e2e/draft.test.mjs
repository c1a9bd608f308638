// The draft panel as a person uses it: type or paste a post, watch the lights, click a finding to see
// its text, press Fix, copy the post, start from the outline; and the widget reports exactly what
// campaign-check reports for the same draft.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { centreOf, clickControl, openPage, settledDraft, waitForIdle } from './support/browser.mjs';
import { serveWidgetAndLaunchBrowser } from './support/harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const CLI = path.join(root, 'build/native/campaign-check');

const harness = serveWidgetAndLaunchBrowser();

const statusOf = (report, id) => report.checks.find((check) => check.id === id)?.status;

async function openDraftTab(options = {}) {
  const opened = await openPage(harness.browser, `${harness.server.url}?lang=${options.lang || 'zh'}`, options);
  await opened.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: harness.server.url });
  await clickControl(opened.page, 'tab-draft');
  return opened;
}

// The report after the check that follows typing has run (it waits for a pause in typing).
async function settledReport(page) {
  await waitForIdle(page);
  return page.evaluate(() => window.campaignWidget.report);
}

test('typing a mixed Chinese and English draft turns the lights green one by one', async () => {
  const { context, page, problems } = await openDraftTab();
  let report = await settledReport(page);
  assert.equal(report.ready, false);
  assert.equal(statusOf(report, 'draft.empty'), 'fail');

  const editor = await centreOf(page, 'draft-editor');
  await page.mouse.click(editor.x, editor.y);
  await page.keyboard.type('关注 ');
  await page.keyboard.insertText('$OBOL');
  await page.keyboard.type(' spot: https://www.gate.io/trade/OBOL_USDT ');
  report = await settledReport(page);
  assert.equal(statusOf(report, 'mention.ticker'), 'pass');
  assert.equal(statusOf(report, 'link.spot'), 'pass');
  assert.equal(statusOf(report, 'link.launchpool'), 'fail');

  await page.keyboard.press('Enter');
  await page.keyboard.type('Launchpool: stake GT, BTC or OBOL to share 2,250,000 OBOL, APR up to 168% ');
  await page.keyboard.type('https://www.gate.io/launchpool/OBOL?pid=291');
  assert.equal(await settledDraft(page), '关注 $OBOL spot: https://www.gate.io/trade/OBOL_USDT \n' +
    'Launchpool: stake GT, BTC or OBOL to share 2,250,000 OBOL, APR up to 168% https://www.gate.io/launchpool/OBOL?pid=291');
  report = await settledReport(page);
  assert.equal(statusOf(report, 'link.launchpool'), 'pass');
  assert.equal(statusOf(report, 'launchpool.promo'), 'pass');
  assert.equal(report.ready, true);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a pasted draft is checked as a whole', async () => {
  const { context, page } = await openDraftTab();
  const editor = await centreOf(page, 'draft-editor');
  await page.mouse.click(editor.x, editor.y);
  const draft = fs.readFileSync(path.join(root, 'tests/fixtures/drafts/obol/ready-zh.txt'), 'utf8');
  await page.evaluate((text) => navigator.clipboard.writeText(text), draft);
  await page.keyboard.press('Control+V');
  const report = await settledReport(page);
  assert.equal(await settledDraft(page), draft);
  assert.equal(report.ready, true);
  await context.close();
});

test('Fix inserts the missing launchpool link and its light turns green', async () => {
  const { context, page } = await openDraftTab();
  await page.evaluate(() => { window.campaignWidget.draft = '关注 $OBOL：https://www.gate.io/trade/OBOL_USDT'; });
  assert.equal(statusOf(await settledReport(page), 'link.launchpool'), 'fail');
  await clickControl(page, 'fix:link.launchpool');
  const report = await settledReport(page);
  assert.equal(statusOf(report, 'link.launchpool'), 'pass');
  assert.match(await page.evaluate(() => window.campaignWidget.draft), /https:\/\/www\.gate\.io\/launchpool\/OBOL\?pid=291/);
  await context.close();
});

test('Fix replaces a near-miss link with the required one', async () => {
  const { context, page } = await openDraftTab();
  await page.evaluate(() => { window.campaignWidget.draft = '现货：https://www.gate.io/trade/OBOL_BTC。$OBOL'; });
  assert.equal(statusOf(await settledReport(page), 'link.spot'), 'fail');
  await clickControl(page, 'fix:link.spot');
  assert.equal(statusOf(await settledReport(page), 'link.spot'), 'pass');
  assert.equal(await page.evaluate(() => window.campaignWidget.draft), '现货：https://www.gate.io/trade/OBOL_USDT。$OBOL');
  await context.close();
});

test('clicking a finding selects its text in the editor', async () => {
  const { context, page } = await openDraftTab();
  await page.evaluate(() => { window.campaignWidget.draft = '买入 https://www.gate.io/trade/OBOL_BTC 吧'; });
  await settledReport(page);
  await clickControl(page, 'finding:link.spot');
  await page.keyboard.press('Control+C'); // the editor has focus and the selection: copy it
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'https://www.gate.io/trade/OBOL_BTC');
  await context.close();
});

test('"Copy post" puts the whole draft on the system clipboard', async () => {
  const { context, page } = await openDraftTab();
  await page.evaluate(() => { window.campaignWidget.draft = '第一行 $OBOL\nsecond line'; });
  await waitForIdle(page);
  await clickControl(page, 'copy-post');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), '第一行 $OBOL\nsecond line');
  await context.close();
});

test('"Copy post" shows that it copied for about two seconds, then the widget goes idle again', async () => {
  const { context, page } = await openDraftTab({ lang: 'en' });
  await page.evaluate(() => { window.campaignWidget.draft = 'copied post $OBOL'; });
  await waitForIdle(page);
  assert.equal(await page.evaluate(() => window.campaignWidget.itemRect('copied')), null);
  const button = await centreOf(page, 'copy-post');
  await page.mouse.click(button.x, button.y);
  await page.waitForFunction(() => window.campaignWidget.itemRect('copied') !== null);
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'copied post $OBOL');
  // It goes away by itself (a wakeup frame), and then nothing is drawn while nothing happens.
  await page.waitForFunction(() => window.campaignWidget.itemRect('copied') === null);
  const frames = await waitForIdle(page);
  await page.waitForTimeout(1000); // a person's pause: nothing happens for a while
  assert.equal(await page.evaluate(() => window.campaignWidget.stats.frames), frames, 'idle draws no frames');
  await context.close();
});

test('"Start from my notes" puts an outline with the links and the launchpool line into the editor', async () => {
  const { context, page } = await openDraftTab();
  await clickControl(page, 'start-from-notes');
  const draft = await page.evaluate(() => window.campaignWidget.draft);
  assert.match(draft, /【Obol 是什么？】/);
  assert.match(draft, /质押 GT、BTC、OBOL 瓜分 2,250,000 OBOL/);
  const report = await settledReport(page);
  for (const id of ['link.spot', 'link.launchpool', 'mention.ticker', 'launchpool.promo']) {
    assert.equal(statusOf(report, id), 'pass', id);
  }
  await context.close();
});

test('switching the language changes the findings\' language and keeps the draft', async () => {
  const { context, page } = await openDraftTab();
  await page.evaluate(() => { window.campaignWidget.draft = 'hello'; });
  const chinese = await settledReport(page);
  await clickControl(page, 'lang-en');
  assert.equal(await page.evaluate(() => window.campaignWidget.lang), 'en');
  const english = await settledReport(page);
  const title = (report) => report.checks.find((check) => check.id === 'link.spot').title;
  assert.notEqual(title(chinese), title(english));
  assert.equal(title(english), '$OBOL spot trading link');
  assert.equal(await page.evaluate(() => window.campaignWidget.draft), 'hello');
  await context.close();
});

test('the widget and campaign-check give the same report for the same draft', async () => {
  const { context, page } = await openDraftTab({ lang: 'en' });
  const fixtures = path.join(root, 'tests/fixtures/drafts/obol');
  for (const name of ['near-misses.txt', 'phishing.txt', 'ready-en.txt', 'warnings.txt']) {
    const draft = fs.readFileSync(path.join(fixtures, name), 'utf8');
    await page.evaluate((text) => { window.campaignWidget.draft = text; }, draft);
    const fromWidget = await settledReport(page);
    let output;
    try {
      output = execFileSync(CLI, ['--lang', 'en', '--format', 'json', path.join(fixtures, name)], { encoding: 'utf8' });
    } catch (error) {
      output = error.stdout; // exit 1: not ready
    }
    assert.deepEqual(fromWidget, JSON.parse(output), name);
  }
  await context.close();
});
