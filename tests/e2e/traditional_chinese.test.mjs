// Traditional Chinese in the browser: ?lang=zh-TW and a browser set to zh-HK choose it, the 繁體
// switch chooses it, the campaign's texts and the findings read in Traditional, and a Taiwan-usage post
// passes what its Simplified twin passes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { clickControl, openPage, waitForIdle } from './support/browser.mjs';
import { serveWidgetAndLaunchBrowser } from './support/harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.resolve(here, '../fixtures/drafts/obol');

const harness = serveWidgetAndLaunchBrowser();

async function reportFor(page, draft) {
  await page.evaluate((text) => { window.campaignWidget.draft = text; }, draft);
  await page.waitForFunction((text) => window.campaignWidget.draft === text, draft);
  await waitForIdle(page);
  return page.evaluate(() => window.campaignWidget.report);
}

test('?lang=zh-TW chooses Traditional Chinese, and the findings read in it', async () => {
  const { context, page, problems } = await openPage(harness.browser, `${harness.server.url}?lang=zh-TW`);
  assert.equal(await page.evaluate(() => window.campaignWidget.lang), 'zh-Hant');
  const report = await reportFor(page, 'Obol');
  const spot = report.checks.find((check) => check.id === 'link.spot');
  assert.equal(spot.title, '$OBOL 現貨交易連結');
  assert.match(spot.message, /連結/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a browser set to zh-HK gets Traditional Chinese', async () => {
  const { context, page } = await openPage(harness.browser, harness.server.url, { locale: 'zh-HK' });
  assert.equal(await page.evaluate(() => window.campaignWidget.lang), 'zh-Hant');
  await context.close();
});

test('the 繁體 switch chooses Traditional Chinese, and 中文 goes back to Simplified', async () => {
  const { context, page } = await openPage(harness.browser, `${harness.server.url}?lang=zh`);
  await clickControl(page, 'lang-zh-Hant');
  assert.equal(await page.evaluate(() => window.campaignWidget.lang), 'zh-Hant');
  await clickControl(page, 'lang-zh');
  assert.equal(await page.evaluate(() => window.campaignWidget.lang), 'zh');
  await context.close();
});

test('a Taiwan-usage post gets the statuses of its Simplified twin', async () => {
  const { context, page } = await openPage(harness.browser, `${harness.server.url}?lang=zh-Hant`);
  const statuses = (report) => report.checks.map((check) => `${check.id}:${check.status}`);
  const simplified = await reportFor(page, fs.readFileSync(path.join(fixtures, 'ready-zh.txt'), 'utf8'));
  const taiwan = await reportFor(page, fs.readFileSync(path.join(fixtures, 'ready-zh-tw.txt'), 'utf8'));
  assert.deepEqual(statuses(taiwan), statuses(simplified));
  assert.equal(taiwan.ready, true);
  await context.close();
});
