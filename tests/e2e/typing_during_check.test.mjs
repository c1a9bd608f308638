// A person types into a long draft, pauses, and types again just as the draft's check runs (it falls due
// 0.4 s after the last key for a draft near 1 MiB, src/ui/widget.cpp, and runs a while): the key is
// drawn and kept, and the verdict that follows, on screen and for screen readers, is of the draft with it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as pause } from 'node:timers/promises';

import { centreOf, clickControl, openPage, settledDraft, waitForIdle } from './support/browser.mjs';
import { serveWidgetAndLaunchBrowser } from './support/harness.mjs';

const harness = serveWidgetAndLaunchBrowser();

const statusOf = (report, id) => report.checks.find((check) => check.id === id)?.status;

// Paragraphs without the ticker ($OBOL) up to a little under the checked size (1 MiB: a longer draft is
// measured, not checked), after an empty first line where the person types.
const paragraph = 'Obol 分布式验证器（DV）让多家运营商共同运行一个验证器。 https://www.gate.io/trade/OBOL_USDT\n';
const longDraft = '\n' + paragraph.repeat(Math.floor((1024 * 1024 - 4096) / Buffer.byteLength(paragraph)));

// In the page: when the last 'L' was pressed, and each summary the live region announced, with its time.
function watchKeysAndAnnouncements() {
  window.lastL = null;
  window.addEventListener('keydown', (event) => { if (event.key === 'L') window.lastL = event.timeStamp; }, true);
  window.announced = [];
  const live = window.campaignWidget.shadowRoot.querySelector('[aria-live="polite"]');
  new MutationObserver(() => window.announced.push({ text: live.textContent, at: performance.now() }))
    .observe(live, { childList: true, characterData: true, subtree: true });
}

test('a key typed while a long draft is checked is drawn and kept, and the verdict after it is of the draft with it', async () => {
  const { context, page, problems } = await openPage(harness.browser, `${harness.server.url}?lang=en`);
  await clickControl(page, 'tab-draft');
  await page.evaluate((draft) => { window.campaignWidget.draft = draft; }, longDraft);
  await waitForIdle(page);
  const without = await page.evaluate(() => ({ report: window.campaignWidget.report, summary: window.campaignWidget.summary }));
  assert.equal(statusOf(without.report, 'mention.ticker'), 'fail');
  await page.evaluate(watchKeysAndAnnouncements);

  const editor = await centreOf(page, 'draft-editor');
  await page.mouse.click(editor.x, editor.y);
  await page.keyboard.press('Control+Home');
  // The person's pauses before the last key sweep the check: due at 0.4 s, then under way.
  for (const pauseMs of [400, 460, 520]) {
    await page.keyboard.insertText('$OBO');
    await pause(pauseMs);
    const framesBefore = await page.evaluate(() => window.campaignWidget.stats.frames);
    await page.keyboard.type('L');
    // Drawn: a frame follows the key (the check under way does not swallow it).
    await page.waitForFunction((frames) => window.campaignWidget.stats.frames > frames, framesBefore);

    assert.equal(await settledDraft(page), '$OBOL' + longDraft, `the key after a pause of ${pauseMs} ms is kept`);
    const after = await page.evaluate(() => ({ report: window.campaignWidget.report, summary: window.campaignWidget.summary,
      lastL: window.lastL, announced: window.announced.at(-1) }));
    assert.equal(statusOf(after.report, 'mention.ticker'), 'pass', `the verdict after a pause of ${pauseMs} ms`);
    assert.notEqual(after.summary, without.summary);
    assert.equal(after.announced?.text, after.summary, 'the live region announces the verdict of the draft with the key');
    assert.ok(after.announced.at > after.lastL, 'the announcement comes after the key');

    // Taken out again, the mention fails again.
    for (let i = 0; i < 5; i++) await page.keyboard.press('Backspace');
    assert.equal(await settledDraft(page), longDraft);
    assert.equal(statusOf(await page.evaluate(() => window.campaignWidget.report), 'mention.ticker'), 'fail');
  }
  assert.deepEqual(problems, []);
  await context.close();
});
