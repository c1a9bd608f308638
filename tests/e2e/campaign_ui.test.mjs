// The drawn UI follows the campaign: a campaign without a launchpool has no Launchpool tab, the
// length line under the draft speaks the campaign's unit (字 of one's own words, not the weighted
// length), and a title ending in "#" keeps it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { clickControl, waitForIdle, waitForWidget } from './support/browser.mjs';
import { serveWidgetAndLaunchBrowser } from './support/harness.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const files = fs.mkdtempSync(path.join(os.tmpdir(), 'campaign-ui-'));
const square = JSON.parse(fs.readFileSync(path.join(root, 'assets/campaigns/gate-square-2026-first-post.json'), 'utf8'));
// The real contest's title, which ends in its hashtag's closing "#"; no launchpool, as the file has none.
fs.writeFileSync(path.join(files, 'contest.json'),
  JSON.stringify({ ...square, title: { zh: 'Gate 广场：#PUBLIC创作大赛#', en: 'Gate Square: #PUBLIC Creative Contest#' } }));

// The standing #我在广场发首帖 campaign: open-ended, with no start date, so its state is "open" on any day.
fs.copyFileSync(path.join(root, 'assets/campaigns/gate-square-first-post-on-square.json'), path.join(files, 'standing.json'));

const harness = serveWidgetAndLaunchBrowser({ extraRoots: { '/campaign-files/': files } });

async function openContest(lang, file = 'contest.json') {
  const context = await harness.browser.newContext({ viewport: { width: 900, height: 700 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${harness.server.url}embed.html?lang=${lang}&campaign=/campaign-files/${file}`);
  await waitForWidget(page);
  await waitForIdle(page);
  return { context, page, errors };
}

const widget = (page) => page.locator('campaign-widget').first();

test('a campaign without a launchpool has no Launchpool tab', async () => {
  const { context, page, errors } = await openContest('en');
  assert.ok(await page.evaluate(() => window.campaignWidget.itemRect('tab-research')));
  assert.ok(await page.evaluate(() => window.campaignWidget.itemRect('tab-draft')));
  assert.equal(await page.evaluate(() => window.campaignWidget.itemRect('tab-launchpool')), null);
  assert.equal(await widget(page).getByRole('tab', { name: 'Launchpool' }).count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the length line of a campaign counted in 字 counts the person\'s own words', async () => {
  const { context, page } = await openContest('zh');
  await page.evaluate(() => { window.campaignWidget.draft = '#我的2026第一帖 新年快乐，Gate 广场！🎉'; });
  await clickControl(page, 'tab-draft');
  await waitForIdle(page);
  assert.equal(await widget(page).getByText(/^你自己的文字：7 字/).count(), 1, 'the line says 7 字 of one\'s own words');
  assert.equal(await widget(page).getByText(/加权长度/).count(), 0);
  await context.close();
});

test('a title ending in "#" is drawn whole: the window\'s heading keeps it', async () => {
  const { context, page } = await openContest('zh');
  assert.equal(await widget(page).getByRole('heading', { name: 'Gate 广场：#PUBLIC创作大赛#', exact: true }).count(), 1);
  await context.close();
});

test('the JS API\'s report carries the period with its state and what only the person can confirm', async () => {
  const { context, page, errors } = await openContest('en', 'standing.json');
  const report = await page.evaluate(() => window.campaignWidget.report);
  assert.deepEqual(report.period, { time_zone: 'UTC+8', state: 'open' });
  assert.deepEqual(report.self_confirmed.map((item) => `${item.id}:${item.required}`),
    ['confirm.eligible:true', 'confirm.healthy:true']);
  assert.equal(await page.evaluate(() => window.campaignWidget.itemRect('tab-launchpool')), null);
  assert.deepEqual(errors, []);
  await context.close();
});
