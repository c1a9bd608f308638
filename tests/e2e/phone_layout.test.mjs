// Nothing runs off the side of a phone (390 CSS px) in any language: the header's buttons and the line
// under the draft that says how long the post is stay inside the widget. Found: in English the language
// switch ran past the right edge ("English" cut off), and the length line was one unbroken line, clipped
// in every language.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { clickControl, waitForIdle, waitForWidget } from './support/browser.mjs';
import { serveWidgetAndLaunchBrowser } from './support/harness.mjs';

const harness = serveWidgetAndLaunchBrowser();
const PHONE = { width: 390, height: 844 };

async function openPhone(lang) {
  const context = await harness.browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto(`${harness.server.url}?lang=${lang}`);
  await waitForWidget(page);
  await waitForIdle(page);
  return { context, page };
}

// The content's right edge is the readiness bar's, which spans the widget's width inside its padding.
async function assertInside(page, ids) {
  const bar = await page.evaluate(() => window.campaignWidget.itemRect('readiness-bar'));
  const right = bar.x + bar.width;
  for (const id of ids) {
    const rect = await page.evaluate((testId) => window.campaignWidget.itemRect(testId), id);
    assert.ok(rect, `${id} is drawn`);
    assert.ok(rect.x >= bar.x - 0.5 && rect.x + rect.width <= right + 0.5,
      `${id} lies inside the content, ${bar.x} to ${right} px: it runs from ${rect.x} to ${rect.x + rect.width}`);
  }
}

for (const lang of ['zh', 'zh-Hant', 'en']) {
  test(`on a phone nothing runs off the side (${lang}): the header's buttons, the length line`, async () => {
    const { context, page } = await openPhone(lang);
    await assertInside(page, ['readiness', 'text-view', 'about', 'save-offline', 'lang-zh', 'lang-zh-Hant', 'lang-en']);
    await clickControl(page, 'tab-draft');
    await page.evaluate(() => { window.campaignWidget.draft = 'Obol 是以太坊的分布式验证器网络。$OBOL'; });
    await waitForIdle(page);
    await assertInside(page, ['draft-counts']);
    await context.close();
  });
}
