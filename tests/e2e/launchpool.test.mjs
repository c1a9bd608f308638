// The launchpool guide as a person uses it: the numbered steps, the launchpool page opened in a new
// tab, the reward estimator filled in with real keys (sensible and absurd numbers), the language
// switched, a phone-sized widget.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { centreOf, clickControl, openPage, readPixels, typeInto, waitForIdle } from './support/browser.mjs';
import { serveWidgetAndLaunchBrowser } from './support/harness.mjs';
import { typeInOneTask } from './support/key_burst.mjs';

const LAUNCHPOOL_URL = 'https://www.gate.io/launchpool/OBOL?pid=291'; // assets/campaigns/obol.json

const harness = serveWidgetAndLaunchBrowser();

const estimatorOf = async (page) => (await page.evaluate(() => window.campaignWidget.progress)).estimator;
const rectOf = (page, testId) => page.evaluate((id) => window.campaignWidget.itemRect(id), testId);

async function openLaunchpool(options) {
  const opened = await openPage(harness.browser, harness.server.url, options);
  await clickControl(opened.page, 'tab-launchpool');
  return opened;
}

// Scrolls the panel under the pointer (put over `over`) with the wheel until testId is fully on screen.
async function scrollIntoView(page, testId, over) {
  const anchor = await centreOf(page, over);
  await page.mouse.move(anchor.x, anchor.y);
  const bottom = page.viewportSize().height - 16; // above the window's bottom padding
  for (let i = 0; i < 20; i++) {
    const rect = await rectOf(page, testId);
    if (rect.y + rect.height <= bottom) return;
    await page.mouse.wheel(0, 120);
    await waitForIdle(page);
  }
  throw new Error(`${testId} never scrolled into view`);
}

function differingPixels(a, b) {
  let count = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    if (a.data[i] !== b.data[i] || a.data[i + 1] !== b.data[i + 1] || a.data[i + 2] !== b.data[i + 2]) count++;
  }
  return count;
}

test('the guide shows the five numbered steps, and its button opens the launchpool page in a new tab', async () => {
  const { context, page, requests, problems } = await openLaunchpool();
  for (let step = 1; step <= 5; step++) assert.ok(await rectOf(page, `launchpool-step:${step}`), `step ${step} is drawn`);
  assert.equal(await rectOf(page, 'launchpool-step:6'), null);
  const first = await rectOf(page, 'launchpool-step:1');
  const second = await rectOf(page, 'launchpool-step:2');
  assert.ok(second.y > first.y, 'the steps are listed top to bottom');

  await context.route('**/*', (route) => {
    if (route.request().url().startsWith(harness.server.url)) return route.continue();
    return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>stub</title>' });
  });
  const [launchpoolPage] = await Promise.all([context.waitForEvent('page'), clickControl(page, 'open-launchpool')]);
  await launchpoolPage.waitForLoadState();
  assert.equal(launchpoolPage.url(), LAUNCHPOOL_URL);
  assert.equal(await launchpoolPage.evaluate(() => window.opener), null, 'the new tab has no handle on the widget');
  await launchpoolPage.close();
  // The announced figures cite their source, which opens the same way.
  await scrollIntoView(page, 'launchpool-source:apr', 'launchpool-step:1');
  const [source] = await Promise.all([context.waitForEvent('page'), clickControl(page, 'launchpool-source:apr')]);
  await source.waitForLoadState();
  assert.equal(source.url(), LAUNCHPOOL_URL);

  assert.deepEqual(requests.filter((url) => !url.startsWith(harness.server.url) && !url.startsWith('data:')), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the estimator starts at the announced APR and takes a stake and days typed over its fields', async () => {
  const { context, page, problems } = await openLaunchpool();
  assert.deepEqual(await estimatorOf(page), { stake_value: 1000, days: 14, apr_percent: 0 });
  const result = await rectOf(page, 'estimator-result');
  assert.ok(result && result.width > 0, 'the result line is drawn');
  const before = await readPixels(page, result);

  await typeInto(page, 'estimator-stake', '5000');
  await typeInto(page, 'estimator-days', '30');
  // 0 stands for the announced APR: typing nothing into the APR field leaves it so.
  assert.deepEqual(await estimatorOf(page), { stake_value: 5000, days: 30, apr_percent: 0 });
  const afterResult = await rectOf(page, 'estimator-result');
  assert.ok(afterResult, 'the result line is still drawn');
  // Only the pixels tell that the result line now says something else.
  const after = await readPixels(page, { ...result, width: Math.min(result.width, afterResult.width) });
  assert.ok(differingPixels({ data: before.data.slice(0, after.data.length) }, after) > 20, 'the result line changed');

  assert.equal(await rectOf(page, 'estimator-apr-reset'), null, 'no reset while the APR is the announced one');
  await typeInto(page, 'estimator-apr', '42.5');
  assert.deepEqual(await estimatorOf(page), { stake_value: 5000, days: 30, apr_percent: 42.5 });
  assert.ok(await rectOf(page, 'estimator-plot'), 'the cumulative plot is drawn');
  await clickControl(page, 'estimator-apr-reset');
  assert.deepEqual(await estimatorOf(page), { stake_value: 5000, days: 30, apr_percent: 0 }, 'back to the announced APR');
  assert.equal(await rectOf(page, 'estimator-apr-reset'), null, 'the reset is gone once used');
  assert.deepEqual(problems, []);
  await context.close();
});

test('absurd numbers typed into the estimator are refused or clamped, and nothing breaks', async () => {
  const { context, page, problems } = await openLaunchpool();
  await typeInto(page, 'estimator-stake', '99999999999999999999999');
  await typeInto(page, 'estimator-days', '999999');
  await typeInto(page, 'estimator-apr', '-20');
  assert.deepEqual(await estimatorOf(page), { stake_value: 1000, days: 3650, apr_percent: 0 }, 'refused: too large, negative');
  assert.ok(await rectOf(page, 'estimator-result'));

  await typeInto(page, 'estimator-days', '0');
  await typeInto(page, 'estimator-stake', '0');
  assert.deepEqual(await estimatorOf(page), { stake_value: 0, days: 0, apr_percent: 0 });
  assert.ok(await rectOf(page, 'estimator-result'), 'a zero estimate still has its line');
  assert.equal(await rectOf(page, 'estimator-plot'), null, 'no plot for zero days');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the estimator reads thousands separators, says why it refuses a number, and warns of implausible ones', async () => {
  const { context, page, problems } = await openLaunchpool({ locale: 'en-US' });
  await typeInto(page, 'estimator-stake', '1,000,000');
  assert.equal((await estimatorOf(page)).stake_value, 1000000);
  await typeInto(page, 'estimator-stake', '１，５００');
  assert.equal((await estimatorOf(page)).stake_value, 1500);
  assert.equal(await rectOf(page, 'estimator-stake-problem'), null);

  await typeInto(page, 'estimator-stake', '-100');
  assert.equal((await estimatorOf(page)).stake_value, 1500, 'the previous value is kept');
  assert.ok(await rectOf(page, 'estimator-stake-problem'), 'and the field says why');
  await typeInto(page, 'estimator-stake', 'abc');
  assert.equal((await estimatorOf(page)).stake_value, 1500);
  assert.ok(await rectOf(page, 'estimator-stake-problem'));
  await typeInto(page, 'estimator-stake', '2000');
  assert.equal(await rectOf(page, 'estimator-stake-problem'), null, 'a good number takes the message away');

  assert.equal(await rectOf(page, 'estimator-apr-warning'), null);
  await typeInto(page, 'estimator-apr', '100000');
  assert.equal((await estimatorOf(page)).apr_percent, 100000);
  assert.ok(await rectOf(page, 'estimator-apr-warning'), 'an APR over 1000 % is warned of');
  await typeInto(page, 'estimator-days', '400');
  assert.ok(await rectOf(page, 'estimator-days-warning'), 'over a year is warned of');
  await typeInto(page, 'estimator-stake', '50,000,000');
  assert.ok(await rectOf(page, 'estimator-stake-warning'), 'a stake of 50 million is warned of');

  assert.ok(await rectOf(page, 'estimator-plot-x-axis'), 'the plot names its x axis');
  assert.ok(await rectOf(page, 'estimator-plot-y-axis'), 'the plot names its y axis');
  assert.deepEqual(problems, []);
  await context.close();
});

test('numbers typed faster than the widget draws land whole, and too large ones are clamped', async () => {
  const { context, page, problems } = await openLaunchpool();
  // Every key of each burst reaches the widget before its next frame (see key_burst.mjs).
  await clickControl(page, 'estimator-stake');
  await typeInOneTask(page, ['Control+A', ...'123456789', 'Enter']);
  // The days field is found where the burst's frames put it (the stake's warning moves it down).
  await waitForIdle(page);
  await clickControl(page, 'estimator-days');
  await typeInOneTask(page, ['Control+A', ...'1234', 'Enter']);
  await waitForIdle(page);
  assert.deepEqual(await estimatorOf(page), { stake_value: 123456789, days: 1234, apr_percent: 0 });

  await clickControl(page, 'estimator-days');
  await typeInOneTask(page, ['Control+A', ...'999999', 'Enter']);
  await waitForIdle(page);
  assert.equal((await estimatorOf(page)).days, 3650);
  // The clamp applies to the value, not to the text being typed: 5000 is over the limit, yet Backspace
  // still takes away the characters typed, not those of the clamped value.
  await clickControl(page, 'estimator-days');
  await typeInOneTask(page, ['Control+A', ...'5000', 'Backspace', 'Backspace', 'Backspace', 'Enter']);
  await waitForIdle(page);
  assert.equal((await estimatorOf(page)).days, 5);
  assert.deepEqual(problems, []);
  await context.close();
});

test('switching the language keeps the estimator\'s inputs', async () => {
  const { context, page } = await openLaunchpool();
  await typeInto(page, 'estimator-stake', '250');
  await typeInto(page, 'estimator-days', '7');
  await page.evaluate(() => { window.campaignWidget.lang = 'en'; });
  await waitForIdle(page);
  assert.equal(await page.evaluate(() => window.campaignWidget.lang), 'en');
  assert.deepEqual(await estimatorOf(page), { stake_value: 250, days: 7, apr_percent: 0 });
  assert.ok(await rectOf(page, 'estimator-result'));
  await typeInto(page, 'estimator-days', '10');
  assert.equal((await estimatorOf(page)).days, 10);
  await context.close();
});

test('on a 360 px phone the guide and the estimator fit the width, in both languages', async () => {
  for (const lang of ['zh', 'en']) {
    const { context, page, problems } = await openPage(harness.browser, `${harness.server.url}?lang=${lang}`, {
      viewport: { width: 360, height: 640 },
    });
    await clickControl(page, 'tab-launchpool');
    const ids = ['open-launchpool', 'launchpool-source:reward', 'launchpool-source:apr', 'estimator-stake',
      'estimator-days', 'estimator-apr', 'estimator-result', 'estimator-plot'];
    for (let step = 1; step <= 5; step++) ids.push(`launchpool-step:${step}`);
    for (let fact = 0; fact < 4; fact++) ids.push(`launchpool-source:${fact}`);
    for (const testId of ids) {
      const rect = await rectOf(page, testId);
      assert.ok(rect, `${lang}: ${testId} is drawn`);
      assert.ok(rect.x >= 0 && rect.x + rect.width <= 360, `${lang}: ${testId} runs off the side: ${JSON.stringify(rect)}`);
    }
    // Below the guide on a phone: a finger (here the wheel) brings the estimator up, and it takes keys.
    await scrollIntoView(page, 'estimator-days', 'launchpool-step:1');
    await typeInto(page, 'estimator-days', '21');
    assert.equal((await estimatorOf(page)).days, 21);
    assert.deepEqual(problems, []);
    await context.close();
  }
});
