// The real Gate Square campaign (format 2) as the demo blog's second widget: it loads from its URL and
// checks the hashtag in Gate's forms, the 字 count and the content, in Simplified and in Traditional.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { waitForIdle } from './support/browser.mjs';
import { serveWidgetAndLaunchBrowser } from './support/harness.mjs';

const harness = serveWidgetAndLaunchBrowser();

// The demo blog, with the page's errors recorded; its widgets have ids, not window.campaignWidget.
async function openDemoBlog() {
  const context = await harness.browser.newContext({ viewport: { width: 1000, height: 800 } });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => { if (message.type() === 'error') problems.push(message.text()); });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(`${harness.server.url}demo-blog.html`);
  await page.evaluate(() => document.getElementById('widget-gate').ready);
  return { context, page, problems };
}

async function gateReport(page, draft) {
  await page.evaluate((text) => { document.getElementById('widget-gate').draft = text; }, draft);
  await page.waitForFunction(
    (text) => document.getElementById('widget-gate').report.checks.some((check) => check.id === 'hashtag.first-post') &&
      document.getElementById('widget-gate').draft === text, draft);
  await waitForIdle(page, 'widget-gate'); // the check runs after a pause in typing
  return page.evaluate(() => document.getElementById('widget-gate').report);
}

test('the demo blog\'s second widget checks a post against the Gate Square campaign', async () => {
  const { context, page, problems } = await openDemoBlog();
  const ready = await gateReport(page, '#我的2026第一帖 新的一年，希望自己坚持学习 Web3，每周写一篇笔记，认真读懂每一个项目。加油！');
  // The item only the person can confirm stays theirs to tick (tests/e2e/self_confirmed_period).
  assert.deepEqual(ready.checks.map((check) => `${check.id}:${check.status}`),
    ['hashtag.first-post:pass', 'length.30:pass', 'content.meaningful:pass', 'confirm.original:fail']);
  const nearMiss = await gateReport(page, '＃我的2026第一帖 新年快乐');
  const hashtag = nearMiss.checks.find((check) => check.id === 'hashtag.first-post');
  assert.equal(hashtag.status, 'fail');
  assert.equal(hashtag.fix.text, '#我的2026第一帖');
  assert.equal(nearMiss.ready, false);
  assert.deepEqual(problems, []);
  await context.close();
});

test('in Traditional Chinese the campaign\'s texts are the converted ones, and a 繁體 hashtag counts', async () => {
  const { context, page } = await openDemoBlog();
  await page.evaluate(() => { document.getElementById('widget-gate').lang = 'zh-Hant'; });
  const report = await gateReport(page, '#我的2026第一條帖 新的一年，希望自己堅持學習 Web3，每週寫一篇筆記，認真讀懂每一個專案。加油！');
  const status = (id) => report.checks.find((check) => check.id === id).status;
  assert.equal(status('hashtag.first-post'), 'pass');
  assert.equal(status('length.30'), 'pass');
  assert.equal(report.checks.find((check) => check.id === 'length.30').title, '不少於 30 字');
  await context.close();
});
