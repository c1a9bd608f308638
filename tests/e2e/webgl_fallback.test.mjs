// Without WebGL2 the widget cannot draw: it says so and shows a plain-HTML view where a person still
// writes the post and sees its checklist, from the same checker (the CLI's report, to the letter),
// with the saved draft loaded and what they type saved.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { waitForIdle, waitForWidget } from './support/browser.mjs';
import { serveWidgetAndLaunchBrowser } from './support/harness.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = path.join(root, 'build/native/campaign-check');
const KEY = 'campaign-widget:obol';

const harness = serveWidgetAndLaunchBrowser();

// A browser whose canvases give no WebGL2 context (an old browser, or graphics turned off), with a
// draft saved from an earlier visit.
async function openWithoutWebGL2(query, savedDraft = null) {
  const context = await harness.browser.newContext({ viewport: { width: 800, height: 600 } });
  await context.addInitScript(() => {
    const getContext = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {
      return kind === 'webgl2' ? null : getContext.call(this, kind, ...rest);
    };
  });
  if (savedDraft !== null) {
    await context.addInitScript(([key, draft]) => {
      if (sessionStorage.getItem('seeded')) return;
      localStorage.setItem(key, JSON.stringify({ version: 1, campaign: 'obol', done_steps: [], notes: {}, draft }));
      sessionStorage.setItem('seeded', '1');
    }, [KEY, savedDraft]);
  }
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${harness.server.url}${query}`);
  await waitForWidget(page);
  await waitForIdle(page);
  return { context, page, errors };
}

// The checklist as a person reads it: each row's status and text.
function checklistRows(page) {
  return page.locator('campaign-widget .checklist li').evaluateAll((items) => items.map((item) => ({
    id: item.dataset.id, status: item.dataset.status,
    title: item.querySelector('.finding-title').textContent, message: item.querySelector('.finding-message').textContent,
  })));
}

function cliReport(draft, lang) {
  try {
    return JSON.parse(execFileSync(CLI, ['--format', 'json', '--lang', lang, '-'], { input: draft }).toString());
  } catch (error) {
    return JSON.parse(error.stdout.toString()); // exit code 1: not ready
  }
}

test('without WebGL2 a message and a plain text field with the checklist replace the canvas, and typing is checked', async () => {
  const { context, page, errors } = await openWithoutWebGL2('?lang=en', 'my saved draft');
  assert.equal(await page.evaluate(() => window.campaignWidget.fallback), true);
  assert.equal(await page.locator('campaign-widget canvas').isVisible(), false, 'no blank canvas');
  assert.match(await page.locator('campaign-widget .fallback-message').textContent(), /WebGL2 is not available/);
  assert.equal(await page.locator('campaign-widget .text-view').getByRole('button', { name: 'Drawn view' }).count(), 0,
    'no way to a drawn view that cannot be drawn');
  assert.equal(await page.evaluate(() => window.campaignWidget.view), 'text');
  const textarea = page.locator('campaign-widget textarea.draft');
  assert.equal(await textarea.inputValue(), 'my saved draft', 'the saved draft is loaded');

  // The person replaces the draft, typing, and the checklist follows.
  assert.equal(await page.locator('campaign-widget li[data-id="link.spot"]').getAttribute('data-status'), 'fail');
  await textarea.click();
  await page.keyboard.press('Control+A');
  const draft = '关注 $OBOL https://www.gate.io/trade/OBOL_USDT';
  await page.keyboard.type(draft);
  await page.locator('campaign-widget li[data-id="link.spot"][data-status="pass"]').waitFor();

  // The same checker as everywhere: the rows are the CLI's report for the same draft.
  const expected = cliReport(draft, 'en').checks.map((check) => ({
    id: check.id, status: check.status, title: check.required ? check.title : `${check.title} (suggested)`, message: check.message,
  }));
  assert.deepEqual(await checklistRows(page), expected);
  assert.match(await page.locator('campaign-widget .readiness').textContent(), /^\d+ \/ \d+ checks pass/);

  // What was typed is saved, and comes back after a reload.
  await page.waitForFunction(([key, text]) => {
    try { return JSON.parse(localStorage.getItem(key)).draft === text; } catch { return false; }
  }, [KEY, draft]);
  await page.reload();
  await waitForWidget(page);
  assert.equal(await page.locator('campaign-widget textarea.draft').inputValue(), draft);

  // A draft the page sets through the element shows in the text field and is checked.
  await page.evaluate(() => { window.campaignWidget.draft = 'set by the page https://www.gate.io/launchpool/OBOL?pid=291'; });
  assert.equal(await page.locator('campaign-widget textarea.draft').inputValue(), 'set by the page https://www.gate.io/launchpool/OBOL?pid=291');
  await page.locator('campaign-widget li[data-id="link.launchpool"][data-status="pass"]').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('the plain view speaks the widget\'s language, and its language switch changes it all', async () => {
  const { context, page } = await openWithoutWebGL2('?lang=zh');
  assert.match(await page.locator('campaign-widget .fallback-message').textContent(), /WebGL2 不可用/);
  assert.equal(await page.locator('campaign-widget .text-view').getAttribute('lang'), 'zh');
  assert.match(await page.locator('campaign-widget .readiness').textContent(), /^已通过 \d+ \/ \d+ 项检查/);
  assert.match(await page.locator('campaign-widget li[data-id="link.spot"] .finding-title').textContent(), /现货交易链接/);

  await page.locator('campaign-widget .text-view').getByRole('button', { name: 'English', exact: true }).click();
  await page.waitForFunction(() => window.campaignWidget.shadowRoot.querySelector('.text-view').lang === 'en');
  assert.match(await page.locator('campaign-widget .fallback-message').textContent(), /WebGL2 is not available/);
  assert.match(await page.locator('campaign-widget .readiness').textContent(), /^\d+ \/ \d+ checks pass/);
  await context.close();
});

test('markup typed into the plain view stays text', async () => {
  const { context, page, errors } = await openWithoutWebGL2('?lang=en');
  const textarea = page.locator('campaign-widget textarea.draft');
  await textarea.click();
  const markup = '<img src=x onerror="window.injected=1"> <b>$OBOL</b> https://www.gate.io/trade/OBOL_USD';
  await page.keyboard.type(markup);
  await page.locator('campaign-widget li[data-id="link.spot"] .finding-message').filter({ hasText: 'OBOL_USD' }).waitFor();
  assert.equal(await page.evaluate(() => window.campaignWidget.shadowRoot.querySelectorAll('img, b').length), 0);
  assert.equal(await page.evaluate(() => window.injected), undefined);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the plain view shows the widget\'s notices: with storage blocked too, it says nothing is saved', async () => {
  const context = await harness.browser.newContext({ viewport: { width: 800, height: 600 } });
  await context.addInitScript(() => {
    HTMLCanvasElement.prototype.getContext = function () { return null; };
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
  });
  const page = await context.newPage();
  await page.goto(`${harness.server.url}?lang=en`);
  await waitForWidget(page);
  await waitForIdle(page);
  assert.match(await page.locator('campaign-widget .notices li').first().textContent(), /your progress is not being saved/);
  await page.locator('campaign-widget textarea.draft').click();
  await page.keyboard.type('kept while the page is open');
  await page.waitForFunction(() => window.campaignWidget.draft === 'kept while the page is open');
  await context.close();
});
