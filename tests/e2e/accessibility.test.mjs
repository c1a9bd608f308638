// The pages as assistive technology meets them: axe-core (npm, pinned in package-lock.json) finds no
// violation on the full page, the iframe page and the demo blog, each with its widgets running; the
// widget's canvas is named in the UI's language, and the live summary region is there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { serveWidgetAndLaunchBrowser } from './support/harness.mjs';

const AXE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../node_modules/axe-core/axe.min.js');

const harness = serveWidgetAndLaunchBrowser();

// Opens a page and waits until every widget on it has drawn its first frames.
async function openPageWithWidgets(url) {
  const context = await harness.browser.newContext({ viewport: { width: 1000, height: 800 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.evaluate(() => Promise.all([...document.querySelectorAll('campaign-widget')].map((widget) => widget.idle())));
  return { context, page };
}

// axe-core's violations on the page, each as "rule: the elements it names", so a failure says where.
async function axeViolations(page) {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => (await window.axe.run(document)).violations);
  return violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

for (const pagePath of ['index.html', 'embed.html', 'demo-blog.html']) {
  test(`axe-core finds no violation on ${pagePath}`, async () => {
    const { context, page } = await openPageWithWidgets(`${harness.server.url}${pagePath}`);
    assert.deepEqual(await axeViolations(page), []);
    await context.close();
  });
}

test('the canvas is named in the UI\'s language, and the live summary region is there', async () => {
  const { context, page } = await openPageWithWidgets(`${harness.server.url}index.html?lang=zh`);
  const canvasName = () => window.campaignWidget.shadowRoot.querySelector('canvas').getAttribute('aria-label');
  assert.equal(await page.evaluate(canvasName), '活动清单');
  await page.evaluate(() => { window.campaignWidget.lang = 'en'; });
  await page.waitForFunction(() => window.campaignWidget.shadowRoot.querySelector('canvas').getAttribute('aria-label') === 'Campaign checklist');

  const live = await page.evaluate(() => {
    const region = window.campaignWidget.shadowRoot.querySelector('[aria-live="polite"]');
    return region && { describesCanvas: window.campaignWidget.shadowRoot.querySelector('canvas').getAttribute('aria-describedby') === region.id };
  });
  assert.deepEqual(live, { describesCanvas: true });
  await context.close();
});
