// The widget with the keyboard alone, as a person who uses no mouse: Tab from the page into the widget,
// Tab through its controls in reading order (the focus ring on each), Enter on the "帖子" tab, Tab to the
// draft field and type, Tab to the Fix of a near-miss link and press Enter; Tab after the last control
// leaves the widget, and Shift+Tab comes back to it; the arrows move between the tabs; the ring is
// drawn in both themes. No mouse event happens at all.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { openPage, readPixels, settledDraft, waitForIdle } from './support/browser.mjs';
import { serveWidgetAndLaunchBrowser } from './support/harness.mjs';

const harness = serveWidgetAndLaunchBrowser();

const statusOf = (report, id) => report.checks.find((check) => check.id === id)?.status;

// Counts every mouse and pointer event the page sees, to show the flow used none.
async function countPointerEvents(page) {
  await page.evaluate(() => {
    window.pointerEventsSeen = 0;
    for (const type of ['mousedown', 'mouseup', 'click', 'pointerdown', 'pointerup', 'touchstart']) {
      document.addEventListener(type, () => { window.pointerEventsSeen += 1; }, { capture: true });
    }
  });
}

const focusedControl = (page) => page.evaluate(() => window.campaignWidget.focusedControl);

// Presses a key and waits for the widget to draw what it did.
async function press(page, key) {
  await page.keyboard.press(key);
  await waitForIdle(page);
}

// Presses Tab until the keyboard's focus is on the named control; returns the controls passed on the way.
async function tabTo(page, testId, limit = 60) {
  const passed = [];
  for (let presses = 0; presses < limit; presses++) {
    await press(page, 'Tab');
    const focused = await focusedControl(page);
    passed.push(focused);
    if (focused === testId) return passed;
  }
  assert.fail(`${testId} was not reached by Tab; the focus went through ${passed.join(', ')}`);
}

const widgetHasFocus = (page) => page.evaluate(() => document.activeElement === window.campaignWidget);

test('Tab, Enter and typing alone: open the Post tab, write a draft, fix its near-miss link', async () => {
  const { context, page, problems } = await openPage(harness.browser, `${harness.server.url}?lang=zh`);
  await countPointerEvents(page);

  // From the page, the first Tab focuses the widget; the next ones go through its controls.
  await press(page, 'Tab');
  assert.equal(await widgetHasFocus(page), true);
  assert.equal(await focusedControl(page), '', 'no control shows the ring before the next Tab');
  const header = await tabTo(page, 'tab-draft');
  // Reading order: the header's buttons, then the tabs, and no control of the shown panel in between.
  assert.deepEqual(header, ['text-view', 'about', 'save-offline', 'lang-zh', 'lang-zh-Hant', 'lang-en', 'tab-research', 'tab-draft']);
  assert.equal(await page.evaluate(() => window.campaignWidget.itemRect('draft-editor')), null, 'the draft panel is not shown yet');

  await press(page, 'Enter');
  assert.notEqual(await page.evaluate(() => window.campaignWidget.itemRect('draft-editor')), null, 'Enter opened the draft panel');

  // Tab into the draft field: it takes what is typed at once.
  await tabTo(page, 'draft-editor');
  await page.keyboard.type('关注 $OBOL 现货 https://www.gate.io/trade/OBOL_BTC ');
  assert.equal(await settledDraft(page), '关注 $OBOL 现货 https://www.gate.io/trade/OBOL_BTC ');
  await waitForIdle(page);
  assert.equal(statusOf(await page.evaluate(() => window.campaignWidget.report), 'link.spot'), 'fail');

  // Tab leaves the field (it inserts no tab character) and goes on to the checklist's Fix.
  await tabTo(page, 'fix:link.spot');
  assert.equal(await page.evaluate(() => window.campaignWidget.draft.includes('\t')), false);
  await press(page, 'Enter');
  await waitForIdle(page);
  const report = await page.evaluate(() => window.campaignWidget.report);
  assert.equal(statusOf(report, 'link.spot'), 'pass');
  assert.match(await page.evaluate(() => window.campaignWidget.draft), /OBOL_USDT/);

  assert.equal(await page.evaluate(() => window.pointerEventsSeen), 0, 'no mouse, pointer or touch event');
  assert.deepEqual(problems, []);
  await context.close();
});

test('Tab after the last control leaves the widget for the page, and Shift+Tab comes back to the last control', async () => {
  const { context, page } = await openPage(harness.browser, `${harness.server.url}?lang=en`);
  await page.evaluate(() => {
    const after = document.createElement('button');
    after.id = 'after-widget';
    after.textContent = 'after';
    document.body.append(after);
  });
  await press(page, 'Tab');
  assert.equal(await widgetHasFocus(page), true);
  const visited = [];
  for (let presses = 0; presses < 40 && await widgetHasFocus(page); presses++) {
    await press(page, 'Tab');
    visited.push(await focusedControl(page));
  }
  assert.equal(await page.evaluate(() => document.activeElement.id), 'after-widget', `never left: ${visited.join(', ')}`);
  const last = visited[visited.length - 2];

  await press(page, 'Shift+Tab');
  assert.equal(await widgetHasFocus(page), true);
  await press(page, 'Shift+Tab');
  assert.equal(await focusedControl(page), last, 'Shift+Tab from the page comes back to the last control');
  await context.close();
});

test('Ctrl+Tab opens no window switcher, and Escape leaves the widget', async () => {
  const { context, page } = await openPage(harness.browser, `${harness.server.url}?lang=en`);
  await press(page, 'Tab');
  await press(page, 'Tab');
  const before = await focusedControl(page);
  assert.notEqual(before, '');
  await press(page, 'Control+Tab');
  // Dear ImGui's switcher would draw a window of its own and take the focus; the focus stays put.
  assert.equal(await focusedControl(page), before);
  await press(page, 'Escape');
  assert.equal(await widgetHasFocus(page), false);
  await context.close();
});

test('the arrow keys move between the tabs, and Space shows the one reached', async () => {
  const { context, page } = await openPage(harness.browser, `${harness.server.url}?lang=en`);
  await press(page, 'Tab');
  await tabTo(page, 'tab-research');
  await press(page, 'ArrowRight');
  assert.equal(await focusedControl(page), 'tab-draft');
  await press(page, 'ArrowRight');
  assert.equal(await focusedControl(page), 'tab-launchpool');
  await press(page, 'ArrowLeft');
  assert.equal(await focusedControl(page), 'tab-draft');
  await press(page, 'Space');
  assert.notEqual(await page.evaluate(() => window.campaignWidget.itemRect('draft-editor')), null, 'Space showed the draft panel');
  await context.close();
});

// The focus ring's colour in each theme (src/ui/theme.cpp, ImGuiCol_NavCursor), as drawn.
const RING = { light: [0, 77, 204], dark: [140, 199, 255] };

for (const scheme of ['light', 'dark']) {
  test(`a focus ring is drawn around the focused control in the ${scheme} theme, and none before the keyboard is used`, async () => {
    const { context, page } = await openPage(harness.browser, `${harness.server.url}?lang=en`, { colorScheme: scheme });
    const ringPixels = async () => {
      const rect = await page.evaluate(() => window.campaignWidget.itemRect('save-offline'));
      const clip = { x: rect.x - 6, y: rect.y - 6, width: rect.width + 12, height: rect.height + 12 };
      const { data } = await readPixels(page, clip);
      let count = 0;
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b] = RING[scheme];
        if (Math.abs(data[i] - r) < 24 && Math.abs(data[i + 1] - g) < 24 && Math.abs(data[i + 2] - b) < 24) count++;
      }
      return count;
    };
    assert.equal(await ringPixels(), 0, 'no ring before the keyboard is used');
    await press(page, 'Tab');
    await tabTo(page, 'save-offline');
    const around = await ringPixels();
    // A 2-pixel ring around a button some 100 × 30 pixels: over a hundred pixels of its very colour
    // (the rest blends into the background at the rounded corners).
    assert.ok(around > 100, `the ring drew ${around} pixels`);
    await context.close();
  });
}
