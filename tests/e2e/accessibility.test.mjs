// The pages as assistive technology meets them: axe-core (npm, pinned in package-lock.json) finds no
// violation on the full page, the iframe page and the demo blog, each with its widgets running; the
// widget's canvas is named in the UI's language, and the live summary region is there. In Traditional
// Chinese, axe-core finds nothing with each panel shown and every name a screen reader gets is written in
// Traditional characters (found: the canvas was named in Simplified, 活动清单, under ?lang=zh-Hant).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { centreOf, waitForIdle } from './support/browser.mjs';
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

test('the canvas is named in Traditional Chinese under ?lang=zh-Hant, and after the 繁體 switch', async () => {
  const { context, page } = await openPageWithWidgets(`${harness.server.url}index.html?lang=zh-Hant`);
  const canvas = () => {
    const element = window.campaignWidget.shadowRoot.querySelector('canvas');
    return { name: element.getAttribute('aria-label'), lang: element.closest('[lang]').getAttribute('lang') };
  };
  assert.deepEqual(await page.evaluate(canvas), { name: '活動清單', lang: 'zh-Hant' });
  await page.evaluate(() => { window.campaignWidget.lang = 'zh'; });
  await page.waitForFunction(() => window.campaignWidget.shadowRoot.querySelector('canvas').getAttribute('aria-label') === '活动清单',
    null, { timeout: 5000 });
  const centre = await centreOf(page, 'lang-zh-Hant');
  await page.mouse.click(centre.x, centre.y);
  await page.waitForFunction(() => window.campaignWidget.shadowRoot.querySelector('canvas').getAttribute('aria-label') === '活動清單',
    null, { timeout: 5000 });
  await context.close();
});

// Chromium's own accessibility tree of the page: [role, name] of each node a screen reader meets.
async function chromiumTree(page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  return nodes.filter((node) => !node.ignored && node.name?.value).map((node) => [node.role?.value, node.name.value]);
}

// Names written in Simplified characters: those OpenCC's character conversion to Traditional (s2tw, no
// word changes) would change. A name already in Traditional characters comes back unchanged.
function simplifiedNames(names) {
  const chinese = [...new Set(names)].filter((name) => /\p{Script=Han}/u.test(name));
  if (!chinese.length) return [];
  const converted = execFileSync('opencc', ['-c', 's2tw.json'], { input: chinese.map((name) => name.replace(/\n/g, ' ')).join('\n') + '\n', encoding: 'utf8' }).split('\n');
  return chinese.filter((name, i) => name.replace(/\n/g, ' ') !== converted[i]);
}

test('in Traditional Chinese axe-core finds nothing on any panel, and every name is in Traditional characters', async () => {
  const { context, page } = await openPageWithWidgets(`${harness.server.url}index.html?lang=zh-Hant`);
  await waitForIdle(page);
  for (const tab of ['tab-research', 'tab-draft', 'tab-launchpool']) {
    const centre = await centreOf(page, tab);
    await page.mouse.click(centre.x, centre.y);
    await waitForIdle(page);
    assert.deepEqual(await axeViolations(page), [], `axe-core on ${tab}`);
    const tree = await chromiumTree(page);
    assert.ok(tree.some(([role, name]) => role === 'tab' && name === '調研'), `the tabs are named in Traditional: ${JSON.stringify(tree.filter(([role]) => role === 'tab'))}`);
    // A source's title is quoted as its document titles itself (a Simplified announcement stays so): the
    // links' names, and their text inside them, are not the widget's words.
    const links = tree.filter(([role]) => role === 'link').map(([, name]) => name);
    const names = tree.filter(([role, name]) => role !== 'link' && !links.some((link) => link.includes(name))).map(([, name]) => name);
    assert.deepEqual(simplifiedNames(names), [], `names in Simplified characters with ${tab} shown`);
  }
  await context.close();
});
