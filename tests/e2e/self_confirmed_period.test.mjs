// Format 2 in the real page: a self-confirmed item is the person's box to tick (saved, counted in
// readiness, said to be their own word), and the period notice tells the campaign's end in the
// person's own time, before and after it.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { clickControl, waitForIdle, waitForWidget } from './support/browser.mjs';
import { serveWidgetAndLaunchBrowser } from './support/harness.mjs';

const harness = serveWidgetAndLaunchBrowser();
const CAMPAIGN = 'campaigns/gate-square-2026-first-post.json';
const POST = '#我的2026第一帖 新的一年，希望自己坚持学习 Web3，每周写一篇笔记，认真读懂每一个项目。加油！';

async function openGate({ timezoneId = 'UTC', now = null, lang = 'en' } = {}) {
  const context = await harness.browser.newContext({ viewport: { width: 800, height: 700 }, timezoneId });
  const page = await context.newPage();
  if (now) await page.clock.setFixedTime(new Date(now));
  await page.goto(`${harness.server.url}embed.html?lang=${lang}&campaign=${CAMPAIGN}`);
  await waitForWidget(page);
  await waitForIdle(page);
  return { context, page };
}

const confirmation = (report) => report.checks.find((check) => check.id === 'confirm.original');

async function settledReport(page) {
  await waitForIdle(page);
  return page.evaluate(() => window.campaignWidget.report);
}

test('a self-confirmed item fails until the person ticks it, then passes as their word, and the tick is saved', async () => {
  const { context, page } = await openGate();
  await clickControl(page, 'tab-draft');
  await page.evaluate((text) => { window.campaignWidget.draft = text; }, POST);
  let report = await settledReport(page);
  assert.equal(confirmation(report).status, 'fail');
  assert.match(confirmation(report).message, /Only you can confirm this/);
  assert.equal(report.ready, false, 'every check the widget can make passes, but the item is not ticked');

  await clickControl(page, 'confirm:confirm.original');
  report = await settledReport(page);
  assert.equal(confirmation(report).status, 'pass');
  assert.match(confirmation(report).message, /your own word/);
  assert.equal(report.ready, true);
  assert.deepEqual((await page.evaluate(() => window.campaignWidget.progress)).confirmed, ['confirm.original']);

  await page.reload();
  await waitForWidget(page);
  await waitForIdle(page);
  assert.equal(confirmation(await settledReport(page)).status, 'pass', 'the tick came back with the progress');
  await context.close();
});

test('the period notice says how many days are left, in the person\'s time', async () => {
  const { context, page } = await openGate({ timezoneId: 'UTC', now: '2026-01-12T16:00:00Z' });
  assert.equal(await page.evaluate(() => window.campaignWidget.periodNotice), 'Ends in 3 days, on 2026-01-15 15:59 (UTC).');
  await clickControl(page, 'tab-draft');
  assert.ok(await page.evaluate(() => window.campaignWidget.itemRect('period-notice')), 'the notice is drawn above the draft');
  await context.close();
});

test('after the end the notice says when it ended, and a post is still checked', async () => {
  const { context, page } = await openGate({ timezoneId: 'Asia/Shanghai', now: '2026-02-01T00:00:00Z', lang: 'zh-TW' });
  assert.equal(await page.evaluate(() => window.campaignWidget.periodNotice),
    '本活動已於 2026-01-15 23:59 (UTC+8) 結束。貼文仍可檢查，但可能不再計入活動。');
  await page.evaluate((text) => { window.campaignWidget.draft = text; }, POST);
  const report = await settledReport(page);
  assert.equal(report.checks.find((check) => check.id === 'hashtag.first-post').status, 'pass');
  await context.close();
});
