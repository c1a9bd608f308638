// The element's idle(): what scripts and tests wait on instead of the clock. It resolves only when the
// widget has nothing left to do on its own: the frames for what was typed, the check after the pause in
// typing, the saved-progress write, the spoken summary; then the 'idle' event fires too.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { centreOf, clickControl, openPage } from './support/browser.mjs';
import { serveWidgetAndLaunchBrowser } from './support/harness.mjs';

const harness = serveWidgetAndLaunchBrowser();

test('idle() resolves once the typed draft is checked, saved and spoken, and the idle event fires', async () => {
  const { context, page, problems } = await openPage(harness.browser, `${harness.server.url}?lang=en`);
  await clickControl(page, 'tab-draft');
  const editor = await centreOf(page, 'draft-editor');
  await page.mouse.click(editor.x, editor.y);
  await page.evaluate(() => {
    window.idleEvents = 0;
    window.campaignWidget.addEventListener('idle', () => { window.idleEvents++; });
  });
  await page.keyboard.type('spot https://www.gate.io/trade/OBOL_USDT');
  // Asked at once after the last key: the check waits for a pause, the save for the check's frame.
  const seen = await page.evaluate(async () => {
    const widget = window.campaignWidget;
    const busyWhenAsked = widget.stats.idle === false;
    await widget.idle();
    return {
      busyWhenAsked,
      idle: widget.stats.idle,
      events: window.idleEvents,
      spot: widget.report.checks.find((check) => check.id === 'link.spot').status,
      saved: JSON.parse(localStorage.getItem('campaign-widget:obol')).draft,
      spoken: widget.shadowRoot.querySelector('[aria-live]').textContent,
    };
  });
  assert.equal(seen.busyWhenAsked, true, 'the widget was still busy right after the keys');
  assert.equal(seen.idle, true);
  assert.ok(seen.events >= 1, 'the idle event fired');
  assert.equal(seen.spot, 'pass', 'the check of the whole draft has run');
  assert.equal(seen.saved, 'spot https://www.gate.io/trade/OBOL_USDT', 'the draft is saved');
  assert.match(seen.spoken, /\d/, 'the live summary says how many checks pass');
  assert.deepEqual(problems, []);
  await context.close();
});

test('an idle widget answers idle() at once, and a change makes it busy until it is done again', async () => {
  const { context, page } = await openPage(harness.browser, `${harness.server.url}?lang=en`);
  const states = await page.evaluate(async () => {
    const widget = window.campaignWidget;
    await widget.idle();
    const before = widget.stats.idle;
    widget.draft = 'set by the page $OBOL';
    const during = widget.stats.idle;
    await widget.idle();
    return { before, during, after: widget.stats.idle, mention: widget.report.checks.find((check) => check.id === 'mention.ticker').status };
  });
  assert.deepEqual(states, { before: true, during: false, after: true, mention: 'pass' });
  await context.close();
});
