// A hashtag that looks right to the person but is not the campaign's as Gate reads it: typed in an input
// method's full-width mode (#我的２０２６第一帖) or pasted with an invisible character inside. The demo
// blog's Gate Square widget points at the one written, and a click on its Fix makes it count.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { settledDraft, waitForIdle } from './support/browser.mjs';
import { serveWidgetAndLaunchBrowser } from './support/harness.mjs';

const harness = serveWidgetAndLaunchBrowser();
const WIDGET = 'widget-gate';
const REST = ' 新的一年，希望自己坚持学习 Web3，每周写一篇笔记，认真读懂每一个项目。加油！';

async function click(page, name) {
  const rect = await page.evaluate(([id, control]) => document.getElementById(id).itemRect(control), [WIDGET, name]);
  assert.ok(rect, `${name} is drawn`);
  await page.mouse.click(rect.x + rect.width / 2, rect.y + rect.height / 2);
  await waitForIdle(page, WIDGET);
}

async function hashtagFinding(page) {
  await settledDraft(page, WIDGET);
  return page.evaluate((id) => document.getElementById(id).report.checks.find((check) => check.id === 'hashtag.first-post'), WIDGET);
}

test('a hashtag typed in full width or pasted with an invisible character is named, and its Fix makes it count', async () => {
  // Wide enough for the blog's widget to show the checklist beside the draft, Fix buttons in view.
  const context = await harness.browser.newContext({ viewport: { width: 1000, height: 800 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: harness.server.url });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => { if (message.type() === 'error') problems.push(message.text()); });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(`${harness.server.url}demo-blog.html`);
  await page.evaluate((id) => document.getElementById(id).scrollIntoView(), WIDGET);
  await page.evaluate((id) => document.getElementById(id).ready, WIDGET);
  await click(page, 'tab-draft');
  await click(page, 'draft-editor');

  // Typed as an input method in full-width mode commits it.
  await page.keyboard.insertText(`#我的２０２６第一帖${REST}`);
  let hashtag = await hashtagFinding(page);
  assert.equal(hashtag.status, 'fail');
  assert.match(hashtag.message, /“#我的２０２６第一帖”用了全角的字母或数字/);
  assert.equal(hashtag.fix.text, '#我的2026第一帖');
  await click(page, 'fix:hashtag.first-post');
  assert.equal(await settledDraft(page, WIDGET), `#我的2026第一帖${REST}`);
  assert.equal((await hashtagFinding(page)).status, 'pass');

  // Pasted over everything, with a zero-width space inside the tag that nobody sees.
  await page.keyboard.press('Control+A');
  await page.evaluate((text) => navigator.clipboard.writeText(text), `#我的2026\u200b第一帖${REST}`);
  await page.keyboard.press('Control+V');
  hashtag = await hashtagFinding(page);
  assert.equal(hashtag.status, 'fail');
  assert.match(hashtag.message, /看不见的字符/);
  await click(page, 'fix:hashtag.first-post');
  assert.equal(await settledDraft(page, WIDGET), `#我的2026第一帖${REST}`);
  const report = await page.evaluate((id) => document.getElementById(id).report, WIDGET);
  assert.equal(report.checks.find((check) => check.id === 'hashtag.first-post').status, 'pass');
  assert.equal(report.checks.find((check) => check.id === 'length.30').status, 'pass');
  assert.deepEqual(problems, []);
  await context.close();
});
