// The header as a person reads it: the count of checks (the same checks from the first key to the
// last), the readiness sentence for screen readers in each language's own punctuation, and on a phone
// a header whose parts stack instead of running under each other.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { centreOf, openPage, waitForIdle } from './support/browser.mjs';
import { serveWidgetAndLaunchBrowser } from './support/harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const READY_ZH = fs.readFileSync(path.join(here, '../fixtures/drafts/obol/ready-zh.txt'), 'utf8');

const harness = serveWidgetAndLaunchBrowser();

const summaryOf = async (page) => {
  await waitForIdle(page);
  return page.evaluate(() => window.campaignWidget.summary);
};
const countOf = (summary) => summary.match(/(\d+) of (\d+) checks pass/).slice(1).map(Number);

test('the count of checks stays the same from the empty draft to the first key and on', async () => {
  const { context, page } = await openPage(harness.browser, `${harness.server.url}?lang=en`);
  const [, emptyTotal] = countOf(await summaryOf(page));
  await page.evaluate(() => { window.campaignWidget.draft = 'h'; });
  const [, typedTotal] = countOf(await summaryOf(page));
  assert.equal(typedTotal, emptyTotal);
  await page.evaluate((text) => { window.campaignWidget.draft = text; }, READY_ZH);
  const [passing, readyTotal] = countOf(await summaryOf(page));
  assert.equal(readyTotal, emptyTotal);
  assert.equal(passing, readyTotal);
  await context.close();
});

test('the Chinese summary uses Chinese punctuation, the English one English', async () => {
  const { context, page } = await openPage(harness.browser, `${harness.server.url}?lang=zh`);
  await page.evaluate((text) => { window.campaignWidget.draft = text; }, READY_ZH);
  const ready = await summaryOf(page);
  assert.match(ready, /^已通过 (\d+) \/ \1 项检查。帖子可以发布了。$/);
  await page.evaluate(() => { window.campaignWidget.draft = '你好'; });
  const failing = await summaryOf(page);
  assert.match(failing, /^已通过 \d+ \/ \d+ 项检查：/);
  assert.ok(!failing.includes('; '), failing);
  assert.ok(failing.includes('；'), failing);

  await page.evaluate(() => { window.campaignWidget.lang = 'en'; });
  const english = await summaryOf(page);
  assert.match(english, /^\d+ of \d+ checks pass: /);
  assert.ok(!english.includes('；'), english);
  await context.close();
});

const overlaps = (a, b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

for (const lang of ['zh', 'en']) {
  test(`on a 390 px phone the readiness text does not run under "Save offline copy" (${lang})`, async () => {
    const { context, page } = await openPage(harness.browser, `${harness.server.url}?lang=${lang}`,
      { viewport: { width: 390, height: 844 }, hasTouch: true });
    await page.evaluate((text) => { window.campaignWidget.draft = text; }, READY_ZH);
    await waitForIdle(page);
    const rect = (id) => page.evaluate((testId) => window.campaignWidget.itemRect(testId), id);
    const readiness = await rect('readiness');
    const save = await rect('save-offline');
    assert.ok(readiness && save);
    assert.ok(!overlaps(readiness, save), `readiness ${JSON.stringify(readiness)} overlaps save ${JSON.stringify(save)}`);
    for (const id of ['text-view', 'about', 'save-offline', 'lang-zh', 'lang-zh-Hant', 'lang-en']) {
      const control = await rect(id);
      assert.ok(control.x >= 0 && control.x + control.width <= 390 + 0.5, `${id} fits the width: ${JSON.stringify(control)}`);
      assert.ok(!overlaps(readiness, control), `${id} overlaps the readiness text`);
    }
    await centreOf(page, 'readiness');
    await context.close();
  });
}
