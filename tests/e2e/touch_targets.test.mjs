// Every button is big enough for a finger: at least 24 × 24 CSS px on a phone (WCAG 2.5.8, target size
// minimum). Found: Fix buttons were 41 × 16.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { clickControl, waitForIdle, waitForWidget } from './support/browser.mjs';
import { serveWidgetAndLaunchBrowser } from './support/harness.mjs';

const harness = serveWidgetAndLaunchBrowser();
const MINIMUM = 24;

async function openPhone(lang) {
  const context = await harness.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
  // A corrupt saved state brings a notice, so its dismiss button is measured too.
  await context.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('campaign-widget:obol', '{"version": 1, "campaign": "obol", "draft": "unfinished');
      sessionStorage.setItem('seeded', '1');
    }
  });
  const page = await context.newPage();
  await page.goto(`${harness.server.url}?lang=${lang}`);
  await waitForWidget(page);
  await waitForIdle(page);
  return { context, page };
}

async function assertLargeEnough(page, ids) {
  for (const id of ids) {
    const rect = await page.evaluate((testId) => window.campaignWidget.itemRect(testId), id);
    assert.ok(rect, `${id} is drawn`);
    assert.ok(rect.width >= MINIMUM && rect.height >= MINIMUM, `${id} is ${rect.width} × ${rect.height} CSS px`);
  }
}

for (const lang of ['zh', 'en']) {
  test(`every button is at least 24 × 24 CSS px on a phone (${lang})`, async () => {
    const { context, page } = await openPhone(lang);
    await assertLargeEnough(page, ['notice-dismiss:0', 'text-view', 'about', 'save-offline', 'lang-zh', 'lang-zh-Hant', 'lang-en', 'tab-research', 'tab-draft',
      'tab-launchpool']);

    await clickControl(page, 'tab-research');
    await assertLargeEnough(page, ['step-done:what-is-obol', 'step-next']);
    await clickControl(page, 'step-next');
    await assertLargeEnough(page, ['step-prev']);

    await clickControl(page, 'tab-draft');
    await page.evaluate(() => { window.campaignWidget.draft = '现货 https://www.gate.io/trade/OBOL_BTC'; });
    await waitForIdle(page);
    await assertLargeEnough(page, ['copy-post', 'start-from-notes', 'fix:link.spot', 'fix:link.launchpool']);
    await context.close();
  });
}
