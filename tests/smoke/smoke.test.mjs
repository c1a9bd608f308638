// The browser smoke set of `make check`: one pass through what a person does first, on one page where it
// can be, so that a developer hears within a minute whether the widget still draws, takes typing, checks
// a draft, estimates a reward, opens offline and works embedded. `make test` runs the full browser suite
// (tests/e2e/), which covers each of these in depth.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { centreOf, clickControl, openPage, settledDraft, typeInto, waitForIdle, waitForWidget } from '../e2e/support/browser.mjs';
import { DIST, serveWidgetAndLaunchBrowser } from '../e2e/support/harness.mjs';

const harness = serveWidgetAndLaunchBrowser();

const statusOf = (report, id) => report.checks.find((check) => check.id === id)?.status;

test('each panel on one page: a research step ticked, a typed draft checked and fixed, a reward estimated', async () => {
  const { context, page, problems } = await openPage(harness.browser, `${harness.server.url}?lang=zh`);

  // Research: the first step is shown; ticking it is saved in the progress.
  assert.ok(await page.evaluate(() => window.campaignWidget.itemRect('step-done:what-is-obol')), 'the first step is drawn');
  await clickControl(page, 'step-done:what-is-obol');
  await waitForIdle(page);
  assert.deepEqual((await page.evaluate(() => window.campaignWidget.progress)).done_steps, ['what-is-obol']);

  // Post: typed with the keyboard, checked after the pause; Fix puts in the missing launchpool link.
  await clickControl(page, 'tab-draft');
  const editor = await centreOf(page, 'draft-editor');
  await page.mouse.click(editor.x, editor.y);
  await page.keyboard.type('关注 ');
  await page.keyboard.insertText('$OBOL');
  await page.keyboard.type(' https://www.gate.io/trade/OBOL_USDT');
  assert.equal(await settledDraft(page), '关注 $OBOL https://www.gate.io/trade/OBOL_USDT');
  let report = await page.evaluate(() => window.campaignWidget.report);
  assert.equal(statusOf(report, 'link.spot'), 'pass');
  assert.equal(statusOf(report, 'link.launchpool'), 'fail');
  await clickControl(page, 'fix:link.launchpool');
  await waitForIdle(page);
  report = await page.evaluate(() => window.campaignWidget.report);
  assert.equal(statusOf(report, 'link.launchpool'), 'pass');

  // Launchpool: a stake and a number of days typed into the estimator reach the progress.
  await clickControl(page, 'tab-launchpool');
  await typeInto(page, 'estimator-stake', '5000');
  await typeInto(page, 'estimator-days', '30');
  const estimator = (await page.evaluate(() => window.campaignWidget.progress)).estimator;
  assert.equal(estimator.stake_value, 5000);
  assert.equal(estimator.days, 30);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the offline file opens from file:// and takes typing', async () => {
  const context = await harness.browser.newContext({ viewport: { width: 900, height: 640 } });
  const page = await context.newPage();
  await page.goto(pathToFileURL(path.join(DIST, 'campaign-widget-offline.html')).href);
  await waitForWidget(page);
  await waitForIdle(page);
  await clickControl(page, 'tab-draft');
  await clickControl(page, 'draft-editor');
  await page.keyboard.type('offline $OBOL');
  assert.equal(await settledDraft(page), 'offline $OBOL');
  await context.close();
});

test('embedded in the demo blog, each widget keeps its own draft', async () => {
  const context = await harness.browser.newContext({ viewport: { width: 1000, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${harness.server.url}demo-blog.html`);
  await page.evaluate(() => Promise.all([...document.querySelectorAll('campaign-widget')].map((widget) => widget.idle())));
  await page.evaluate(() => { document.getElementById('widget-zh').draft = 'only in the first widget'; });
  await waitForIdle(page, 'widget-zh');
  assert.equal(await page.evaluate(() => document.getElementById('widget-zh').draft), 'only in the first widget');
  assert.notEqual(await page.evaluate(() => document.getElementById('widget-en').draft), 'only in the first widget');
  await context.close();
});
