// Embedding: the demo blog with two widgets and a comment box, a widget inside a shadow root, Tab in
// and Escape out, a campaign URL that fails, the live region, a strict Content-Security-Policy, and no
// request beyond the widget's own files.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { settledDraft, waitForIdle } from './support/browser.mjs';
import { PAGES, serveWidgetAndLaunchBrowser } from './support/harness.mjs';

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'";

const harness = serveWidgetAndLaunchBrowser({
  extraRoots: { '/test-pages/': PAGES },
  extraHeaders: (url) => (url.searchParams.has('csp') ? { 'Content-Security-Policy': CSP } : {}),
});

// Opens a page and records console errors, page errors, failed requests and every URL requested.
async function open(url, options = {}) {
  const context = await harness.browser.newContext({ viewport: { width: 1000, height: 800 }, ...options });
  const page = await context.newPage();
  const problems = [];
  const requests = [];
  page.on('console', (message) => { if (message.type() === 'error') problems.push(message.text()); });
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(url);
  return { context, page, problems, requests };
}

// The widget with this id (or window.campaignWidget) is ready and settled.
async function widgetReady(page, id) {
  await page.evaluate((widgetId) => (widgetId ? document.getElementById(widgetId) : window.campaignWidget).idle(), id);
}

async function clickIn(page, id, testId) {
  const rect = await page.evaluate(([widgetId, name]) => document.getElementById(widgetId).itemRect(name), [id, testId]);
  assert.ok(rect, `${id} has no ${testId}`);
  await page.mouse.click(rect.x + rect.width / 2, rect.y + rect.height / 2);
  await page.evaluate((widgetId) => document.getElementById(widgetId).idle(), id);
}

test('the demo blog: two widgets work independently and the comment box keeps its keys', async () => {
  const { context, page, problems } = await open(`${harness.server.url}demo-blog.html`);
  await widgetReady(page, 'widget-zh');
  await widgetReady(page, 'widget-en');

  await page.locator('#widget-zh').scrollIntoViewIfNeeded();
  await clickIn(page, 'widget-zh', 'tab-draft');
  await clickIn(page, 'widget-zh', 'draft-editor');
  await page.keyboard.type('中文 widget');

  await page.locator('#widget-en').scrollIntoViewIfNeeded();
  await clickIn(page, 'widget-en', 'tab-draft');
  await clickIn(page, 'widget-en', 'draft-editor');
  await page.keyboard.type('english widget');

  await page.locator('#comment').click();
  await page.keyboard.type('Nice post!');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Ann');

  assert.equal(await page.inputValue('#comment'), 'Nice post');
  assert.equal(await page.inputValue('#comment-name'), 'Ann');
  assert.equal(await settledDraft(page, 'widget-zh'), '中文 widget');
  assert.equal(await settledDraft(page, 'widget-en'), 'english widget');
  assert.equal(await page.evaluate(() => document.getElementById('widget-zh').lang), 'zh');
  assert.equal(await page.evaluate(() => document.getElementById('widget-en').lang), 'en');

  // Each campaign its own checks, each widget its own storage key.
  const ids = await page.evaluate(() => document.getElementById('widget-en').report.checks.map((check) => check.id));
  assert.ok(!ids.includes('link.launchpool'), 'the English widget runs the sample campaign, not OBOL');
  await page.waitForFunction(() => localStorage.getItem('demo-blog:quill') && localStorage.getItem('campaign-widget:obol'));
  assert.equal(JSON.parse(await page.evaluate(() => localStorage.getItem('demo-blog:quill'))).draft, 'english widget');
  assert.deepEqual(problems, []);
  await context.close();
});

test('Tab moves into the widget and Escape leaves it', async () => {
  const { context, page } = await open(`${harness.server.url}test-pages/host-page.html`);
  await widgetReady(page);
  await page.locator('#name').focus();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'widget');
  assert.equal(await page.evaluate(() => window.campaignWidget.shadowRoot.activeElement.tagName), 'CANVAS');
  await page.keyboard.press('Escape');
  assert.notEqual(await page.evaluate(() => document.activeElement.id), 'widget');
  await context.close();
});

test('a widget inside the page\'s own shadow root takes clicks and typing', async () => {
  const { context, page, problems } = await open(`${harness.server.url}test-pages/shadow-host.html`);
  await widgetReady(page);
  const tab = await page.evaluate(() => window.campaignWidget.itemRect('tab-draft'));
  await page.mouse.click(tab.x + tab.width / 2, tab.y + tab.height / 2);
  await page.evaluate(() => window.campaignWidget.idle());
  const editor = await page.evaluate(() => window.campaignWidget.itemRect('draft-editor'));
  await page.mouse.click(editor.x + editor.width / 2, editor.y + editor.height / 2);
  await page.keyboard.type('inside a shadow root');
  assert.equal(await settledDraft(page), 'inside a shadow root');
  assert.deepEqual(problems, []);
  await context.close();
});

for (const [name, campaign] of [
  ['a missing campaign file (404)', 'campaigns/no-such-campaign.json'],
  ['a file that is not JSON', 'index.html'],
  ['an invalid campaign (an unsafe URL)', '/test-pages/bad-campaign.json'],
]) {
  test(`${name} shows a message and falls back to the built-in campaign`, async () => {
    const { context, page } = await open(`${harness.server.url}test-pages/host-page.html`);
    await page.evaluate((url) => {
      const widget = document.createElement('campaign-widget');
      widget.setAttribute('campaign', url);
      widget.setAttribute('lang', 'en');
      widget.id = 'second';
      document.body.prepend(widget);
    }, campaign);
    await widgetReady(page, 'second');
    assert.ok(await page.evaluate(() => document.getElementById('second').itemRect('notice-dismiss:0')), 'a notice is shown');
    const ids = await page.evaluate(() => document.getElementById('second').report.checks.map((check) => check.id));
    assert.ok(ids.includes('link.launchpool'), 'the built-in OBOL campaign is shown');
    await context.close();
  });
}

test('the live region tells a screen reader the readiness and what fails, in words', async () => {
  const { context, page } = await open(`${harness.server.url}?lang=en`);
  await widgetReady(page);
  await page.evaluate(() => { window.campaignWidget.draft = '$OBOL https://www.gate.io/trade/OBOL_USDT https://www.gate.io/launchpool/OBOL'; });
  await page.waitForFunction(() => /pid=291/.test(window.campaignWidget.shadowRoot.querySelector('[aria-live]').textContent));
  const text = await page.evaluate(() => window.campaignWidget.shadowRoot.querySelector('[aria-live]').textContent);
  assert.match(text, /^\d+ of \d+ checks pass: /);
  assert.match(text, /pid=291/);
  await context.close();
});

test('under a strict Content-Security-Policy the widget runs with no violation', async () => {
  const { context, page, problems } = await open(`${harness.server.url}index.html?csp`);
  await widgetReady(page);
  await page.evaluate(() => { window.campaignWidget.draft = 'csp $OBOL'; });
  await waitForIdle(page);
  assert.equal(await page.evaluate(() => window.campaignWidget.draft), 'csp $OBOL');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the widget requests nothing but its own files and the campaign URL it was given', async () => {
  const { context, page, requests } = await open(`${harness.server.url}demo-blog.html`);
  await widgetReady(page, 'widget-zh');
  await widgetReady(page, 'widget-en');
  await widgetReady(page, 'widget-gate');
  const own = ['demo-blog.html', 'favicon.svg', 'campaign-widget.js', 'campaigns/sample-quill.json',
    'campaigns/gate-square-2026-first-post.json'];
  const wasm = /^campaign-widget-core\.[0-9a-f]{16}\.wasm$/; // the .wasm is named by its content
  const isOwn = (url) => url.startsWith(harness.server.url) &&
    (own.includes(url.slice(harness.server.url.length)) || wasm.test(url.slice(harness.server.url.length)));
  const unexpected = requests.filter((url) => !isOwn(url));
  assert.deepEqual(unexpected, []);
  await context.close();
});

test('the iframe page works inside a frame and tells its parent its height', async () => {
  const { context, page, problems } = await open(`${harness.server.url}test-pages/iframe-host.html`);
  await page.waitForFunction(() => window.heights.length > 0);
  const height = await page.evaluate(() => document.getElementById('frame').getBoundingClientRect().height);
  assert.ok(height >= 480, `the frame was fitted to ${height}px`);
  const inner = page.frames().find((candidate) => candidate.url().includes('embed.html'));
  await inner.evaluate(() => window.campaignWidget.ready);
  await inner.evaluate(() => { window.campaignWidget.draft = 'from the frame'; });
  assert.equal(await inner.evaluate(() => window.campaignWidget.draft), 'from the frame');
  assert.equal(await inner.evaluate(() => window.campaignWidget.lang), 'en');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the wheel over a widget with nothing to scroll scrolls the blog; over a long draft it scrolls the draft', async () => {
  const { context, page } = await open(`${harness.server.url}demo-blog.html`);
  await widgetReady(page, 'widget-zh');
  const readiness = await page.evaluate(() => document.getElementById('widget-zh').itemRect('readiness'));
  await page.mouse.move(readiness.x + 40, readiness.y + 5);
  await page.mouse.wheel(0, 200);
  await page.waitForFunction(() => window.scrollY > 0);

  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForFunction(() => window.scrollY === 0);
  await page.evaluate(() => {
    document.getElementById('widget-zh').draft = Array.from({ length: 200 }, (_, i) => `line ${i}`).join('\n');
  });
  await clickIn(page, 'widget-zh', 'tab-draft');
  const editor = await page.evaluate(() => document.getElementById('widget-zh').itemRect('draft-editor'));
  await page.mouse.move(editor.x + editor.width / 2, editor.y + editor.height / 2);
  await page.mouse.wheel(0, 200);
  await page.evaluate(() => document.getElementById('widget-zh').idle());
  assert.equal(await page.evaluate(() => window.scrollY), 0, 'the page stayed; the draft scrolled');
  await context.close();
});
