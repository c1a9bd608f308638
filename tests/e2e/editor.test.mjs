// The writer's editor as a person uses it, at a phone's size with a finger and at a desktop's with a
// mouse and keys: long Chinese paragraphs wrap, the caret moves by visual row, problems are marked in
// the text and fixed where they are, typing is undone as a step, and an IME composition shows before it
// is committed.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { centreOf, clickControl, openPage, settledDraft, waitForIdle } from './support/browser.mjs';
import { serveWidgetAndLaunchBrowser } from './support/harness.mjs';
import { typeInOneTask } from './support/key_burst.mjs';
import { touchGestureInOneTask, verticalDrag } from './support/touch_burst.mjs';

const harness = serveWidgetAndLaunchBrowser();

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 3 };
const DESKTOP = { viewport: { width: 1280, height: 800 } };

// A 400-character paragraph of Chinese with no line break, as people write posts.
const LONG_PARAGRAPH = ('Obol 是一个分布式验证器网络，让以太坊质押更安全、更去中心化。' +
  '它把一个验证器的职责分给多个节点共同完成，任何一个节点出问题，验证器仍然在线。').repeat(5).slice(0, 400);

const rectOf = (page, id) => page.evaluate((name) => window.campaignWidget.itemRect(name), id);
const statusOf = (report, id) => report.checks.find((check) => check.id === id)?.status;

async function openDraft(options, lang = 'zh') {
  const opened = await openPage(harness.browser, `${harness.server.url}?lang=${lang}`, options);
  await opened.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: harness.server.url });
  const tab = await centreOf(opened.page, 'tab-draft');
  if (options.hasTouch) await opened.page.touchscreen.tap(tab.x, tab.y);
  else await opened.page.mouse.click(tab.x, tab.y);
  await waitForIdle(opened.page);
  return opened;
}

async function setDraft(page, text) {
  await page.evaluate((draft) => { window.campaignWidget.draft = draft; }, text);
  await waitForIdle(page);
}

async function tapOrClick(page, id, touch) {
  const centre = await centreOf(page, id);
  if (touch) await page.touchscreen.tap(centre.x, centre.y);
  else await page.mouse.click(centre.x, centre.y);
  await waitForIdle(page);
}

async function caret(page) {
  await waitForIdle(page);
  const rect = await rectOf(page, 'draft-caret');
  assert.ok(rect, 'the caret is drawn in the active editor');
  return rect;
}

// Walks the caret down the wrapped paragraph row by row: every Down lands one row lower, inside the
// editor's width: the paragraph fills rows instead of running off the right edge.
async function assertParagraphWraps(page, minimumRows) {
  const editor = await rectOf(page, 'draft-editor');
  await page.keyboard.press('Control+Home');
  let previous = await caret(page);
  let rows = 1;
  for (let i = 0; i < minimumRows - 1; i++) {
    await page.keyboard.press('ArrowDown');
    const now = await caret(page);
    assert.ok(now.x >= editor.x && now.x + now.width <= editor.x + editor.width, `row ${rows + 1}: caret inside the editor`);
    if (now.y === previous.y) break; // the editor scrolled with the caret: still a new row if the text scrolled
    rows += 1;
    previous = now;
  }
  await page.keyboard.press('Control+End');
  const end = await caret(page);
  assert.ok(end.x + end.width <= editor.x + editor.width, 'the end of the paragraph is inside the editor');
  assert.ok(end.y + end.height <= editor.y + editor.height + 1, 'the caret is kept in view');
  return rows;
}

test('on a 390 px phone a 400-character Chinese paragraph fills the editor\'s rows', async () => {
  const { context, page, problems } = await openDraft(PHONE);
  await setDraft(page, LONG_PARAGRAPH);
  await tapOrClick(page, 'draft-editor', true);
  const rows = await assertParagraphWraps(page, 6);
  assert.ok(rows >= 6, `the paragraph takes at least 6 rows (${rows})`);
  assert.equal(await settledDraft(page), LONG_PARAGRAPH, 'moving the caret changes nothing');
  assert.deepEqual(problems, []);
  await context.close();
});

test('on a desktop the same paragraph wraps at the editor\'s width', async () => {
  const { context, page } = await openDraft(DESKTOP);
  await setDraft(page, LONG_PARAGRAPH);
  await tapOrClick(page, 'draft-editor', false);
  const rows = await assertParagraphWraps(page, 4);
  assert.ok(rows >= 4, `the paragraph takes at least 4 rows (${rows})`);
  await context.close();
});

test('Home and End go to the ends of the visual row, Ctrl+Home and Ctrl+End to the text\'s', async () => {
  const { context, page } = await openDraft(DESKTOP);
  await setDraft(page, LONG_PARAGRAPH);
  await tapOrClick(page, 'draft-editor', false);
  await page.keyboard.press('Control+Home');
  const first = await caret(page);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  const rowEnd = await caret(page);
  assert.ok(rowEnd.x > first.x + 100, 'End goes to the right end of the second row');
  assert.ok(rowEnd.y > first.y, 'and stays on that row');
  await page.keyboard.press('Home');
  const rowStart = await caret(page);
  assert.equal(rowStart.x, first.x, 'Home goes back to the left edge');
  assert.equal(rowStart.y, rowEnd.y, 'on the same row');
  // Typing at the start of the second row puts the text there.
  await page.keyboard.type('X');
  const draft = await settledDraft(page);
  assert.equal(draft.length, LONG_PARAGRAPH.length + 1);
  assert.notEqual(draft.indexOf('X'), 0);
  await context.close();
});

test('a long line in the research notes wraps too', async () => {
  const { context, page } = await openPage(harness.browser, `${harness.server.url}?lang=zh`, PHONE);
  const tab = await centreOf(page, 'tab-research');
  await page.touchscreen.tap(tab.x, tab.y);
  await waitForIdle(page);
  const stepId = await page.evaluate(() => {
    for (const id of ['what-is-obol', 'dv-advantages', 'tokenomics', 'launchpool']) {
      if (window.campaignWidget.itemRect(`step-notes:${id}`)) return id;
    }
    return null;
  });
  assert.ok(stepId, 'a notes field is drawn');
  // The notes are below the step's reading on a phone: scroll the panel to them, as a finger would.
  let field = await rectOf(page, `step-notes:${stepId}`);
  for (let i = 0; i < 20 && field.y + field.height > 800; i++) {
    await page.mouse.move(195, 500);
    await page.mouse.wheel(0, 200);
    await waitForIdle(page);
    field = await rectOf(page, `step-notes:${stepId}`);
  }
  await page.touchscreen.tap(field.x + field.width / 2, field.y + field.height / 2);
  await waitForIdle(page);
  const note = '我的笔记：' + LONG_PARAGRAPH.slice(0, 120);
  await page.keyboard.insertText(note);
  await waitForIdle(page);
  assert.equal(await page.evaluate((id) => window.campaignWidget.progress.notes[id], stepId), note);
  await page.keyboard.press('Control+Home');
  await waitForIdle(page);
  const first = await rectOf(page, 'notes-caret');
  await page.keyboard.press('ArrowDown');
  await waitForIdle(page);
  const second = await rectOf(page, 'notes-caret');
  assert.ok(first && second, 'the caret is drawn in the notes');
  assert.ok(second.y > first.y, 'Down moves to the second visual row of the one line');
  assert.ok(second.x + second.width <= field.x + field.width, 'inside the field');
  await context.close();
});

test('a failing link is marked in the text; tapping the mark and its Fix repairs the link', async () => {
  const { context, page } = await openDraft(PHONE);
  await setDraft(page, '现货在这里买：https://www.gate.io/trade/OBOL_BTC 。$OBOL 很好');
  let report = await page.evaluate(() => window.campaignWidget.report);
  assert.equal(statusOf(report, 'link.spot'), 'fail');
  const mark = await rectOf(page, 'mark:link.spot');
  assert.ok(mark, 'the failing link is marked');
  const editor = await rectOf(page, 'draft-editor');
  assert.ok(mark.y >= editor.y && mark.y + mark.height <= editor.y + editor.height, 'the mark is in the editor');
  assert.equal(await rectOf(page, 'mark-fix:link.spot'), null, 'no popover before the tap');

  await page.touchscreen.tap(mark.x + mark.width / 2, mark.y + mark.height / 2);
  await waitForIdle(page);
  const fix = await rectOf(page, 'mark-fix:link.spot');
  assert.ok(fix, 'the tap opens the popover with the Fix');
  assert.ok(fix.height >= 24 && fix.width >= 24, 'the Fix is a touch target');
  await page.touchscreen.tap(fix.x + fix.width / 2, fix.y + fix.height / 2);
  await waitForIdle(page);
  report = await page.evaluate(() => window.campaignWidget.report);
  assert.equal(statusOf(report, 'link.spot'), 'pass');
  assert.equal(await settledDraft(page), '现货在这里买：https://www.gate.io/trade/OBOL_USDT 。$OBOL 很好');
  assert.equal(await rectOf(page, 'mark-fix:link.spot'), null, 'the popover closed');
  assert.equal(await rectOf(page, 'mark:link.spot'), null, 'the mark went with the problem');

  // The Fix is one step: Undo takes it back.
  await tapOrClick(page, 'undo', true);
  assert.equal(await settledDraft(page), '现货在这里买：https://www.gate.io/trade/OBOL_BTC 。$OBOL 很好');
  await tapOrClick(page, 'redo', true);
  assert.equal(await settledDraft(page), '现货在这里买：https://www.gate.io/trade/OBOL_USDT 。$OBOL 很好');
  await context.close();
});

test('Escape closes a mark\'s popover first, then ends the edit, then leaves the widget', async () => {
  const { context, page } = await openDraft(DESKTOP, 'en');
  await setDraft(page, 'Spot: https://www.gate.io/trade/OBOL_BTC and $OBOL');
  await tapOrClick(page, 'draft-editor', false);
  const mark = await rectOf(page, 'mark:link.spot');
  await page.mouse.move(mark.x + mark.width / 2, mark.y + mark.height / 2);
  await waitForIdle(page);
  assert.ok(await rectOf(page, 'mark-fix:link.spot'), 'hover opens the popover');
  const hasFocus = () => page.evaluate(() => document.activeElement === window.campaignWidget);
  await page.keyboard.press('Escape');
  await waitForIdle(page);
  assert.equal(await rectOf(page, 'mark-fix:link.spot'), null, 'the first Escape closes the popover');
  assert.ok(await rectOf(page, 'draft-caret'), 'the field is still being edited');
  await page.keyboard.press('Escape');
  await waitForIdle(page);
  assert.equal(await rectOf(page, 'draft-caret'), null, 'the second ends the edit');
  assert.equal(await hasFocus(), true);
  await page.keyboard.press('Escape');
  await waitForIdle(page);
  assert.equal(await hasFocus(), false, 'the third leaves the widget');
  await context.close();
});

test('hovering a mark with the mouse shows the finding, and moving away closes it', async () => {
  const { context, page } = await openDraft(DESKTOP, 'en');
  await setDraft(page, 'Spot: https://www.gate.io/trade/OBOL_BTC and $OBOL');
  const mark = await rectOf(page, 'mark:link.spot');
  assert.ok(mark);
  await page.mouse.move(mark.x + mark.width / 2, mark.y + mark.height / 2);
  await waitForIdle(page);
  assert.ok(await rectOf(page, 'mark-fix:link.spot'), 'hover opens the popover');
  await page.mouse.move(5, 5);
  await waitForIdle(page);
  assert.equal(await rectOf(page, 'mark-fix:link.spot'), null, 'leaving closes it');
  await context.close();
});

test('Ctrl+Z after typing takes the typing back as one step; Ctrl+Y and Ctrl+Shift+Z redo it', async () => {
  const { context, page } = await openDraft(DESKTOP);
  await setDraft(page, '第一句。');
  await tapOrClick(page, 'draft-editor', false);
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' typed words here');
  assert.equal(await settledDraft(page), '第一句。 typed words here');
  await page.keyboard.press('Control+Z');
  assert.equal(await settledDraft(page), '第一句。');
  await page.keyboard.press('Control+Y');
  assert.equal(await settledDraft(page), '第一句。 typed words here');
  await page.keyboard.press('Control+Z');
  await page.keyboard.press('Control+Shift+Z');
  assert.equal(await settledDraft(page), '第一句。 typed words here');
  await context.close();
});

// A busy machine: some keys of a typing run get a frame each, then a few reach the page before the
// widget draws the next one. They are still one typing run, taken back by one Ctrl+Z.
test('keys that arrive faster than the widget draws are still one typing run for Ctrl+Z', async () => {
  const { context, page } = await openDraft(DESKTOP);
  await setDraft(page, '第一句。');
  await tapOrClick(page, 'draft-editor', false);
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' typed words ');
  await typeInOneTask(page, [...'here']);
  assert.equal(await settledDraft(page), '第一句。 typed words here');
  await page.keyboard.press('Control+Z');
  assert.equal(await settledDraft(page), '第一句。');
  await context.close();
});

test('"Start from my notes" can be undone with the Undo button', async () => {
  const { context, page } = await openDraft(PHONE);
  await setDraft(page, '我自己写的草稿');
  await tapOrClick(page, 'start-from-notes', true);
  assert.notEqual(await settledDraft(page), '我自己写的草稿');
  await tapOrClick(page, 'undo', true);
  assert.equal(await settledDraft(page), '我自己写的草稿');
  await context.close();
});

test('double-click selects a word, triple-click the paragraph, Shift+arrows extend, Ctrl+A all', async () => {
  const { context, page } = await openDraft(DESKTOP, 'en');
  await setDraft(page, 'first paragraph words\nsecond line here');
  const editor = await rectOf(page, 'draft-editor');
  await page.mouse.click(editor.x + 30, editor.y + 14);
  await waitForIdle(page);
  await page.keyboard.press('Control+Home');
  const start = await caret(page);
  // "first" is at the start of the first row.
  await page.mouse.dblclick(start.x + 12, start.y + start.height / 2);
  await waitForIdle(page);
  await page.keyboard.press('Control+C');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'first');
  await page.mouse.click(start.x + 12, start.y + start.height / 2, { clickCount: 3 });
  await waitForIdle(page);
  await page.keyboard.press('Control+C');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'first paragraph words');
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Control+Shift+ArrowRight');
  await page.keyboard.press('Control+Shift+ArrowRight');
  await page.keyboard.press('Control+C');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'first paragraph');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+X');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'first paragraph words\nsecond line here');
  assert.equal(await settledDraft(page), '');
  await page.keyboard.press('Control+V');
  assert.equal(await settledDraft(page), 'first paragraph words\nsecond line here');
  await context.close();
});

test('dragging with the mouse selects; the wheel scrolls a long draft', async () => {
  const { context, page } = await openDraft(DESKTOP, 'en');
  await setDraft(page, 'drag across these words please');
  await tapOrClick(page, 'draft-editor', false);
  await page.keyboard.press('Control+Home');
  const start = await caret(page);
  await page.mouse.move(start.x + 1, start.y + start.height / 2);
  await page.mouse.down();
  await page.mouse.move(start.x + 60, start.y + start.height / 2, { steps: 5 });
  await page.mouse.up();
  await waitForIdle(page);
  await page.keyboard.press('Control+C');
  const selected = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(selected.length >= 4 && 'drag across these words please'.startsWith(selected), `selected "${selected}"`);

  await setDraft(page, Array.from({ length: 200 }, (_, i) => `line ${i + 1}`).join('\n'));
  const editor = await rectOf(page, 'draft-editor');
  await page.mouse.click(editor.x + 40, editor.y + 10);
  await page.keyboard.press('Control+Home');
  const top = await caret(page);
  await page.mouse.move(editor.x + editor.width / 2, editor.y + editor.height / 2);
  await page.mouse.wheel(0, 400);
  await waitForIdle(page);
  const scrolled = await rectOf(page, 'draft-caret');
  assert.ok(!scrolled || scrolled.y < top.y - 100, 'the wheel scrolls the text up');
  await context.close();
});

test('the IME composition is drawn at the caret before it is committed, and the commit arrives once', async () => {
  const { context, page } = await openDraft(DESKTOP);
  await setDraft(page, '你好');
  await tapOrClick(page, 'draft-editor', false);
  await page.keyboard.press('Control+End');
  const before = await caret(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'shijie', selectionStart: 6, selectionEnd: 6 });
  await waitForIdle(page);
  const composing = await caret(page);
  assert.ok(composing.x > before.x + 20, 'the caret stands after the composition drawn inline');
  assert.equal(await settledDraft(page), '你好', 'nothing is committed yet');
  await cdp.send('Input.insertText', { text: '世界' });
  await waitForIdle(page);
  assert.equal(await settledDraft(page), '你好世界');
  const after = await caret(page);
  assert.ok(after.x > before.x, 'the caret follows the committed text');
  await context.close();
});

test('a long press selects the word under the finger; a drag on the text scrolls without selecting', async () => {
  const { context, page } = await openDraft(PHONE, 'en');
  await setDraft(page, 'press here on launchpool please\n' + Array.from({ length: 80 }, (_, i) => `line ${i}`).join('\n'));
  const editor = await rectOf(page, 'draft-editor');
  const cdp = await context.newCDPSession(page);
  // Each touch carries its own time, as a finger's events do: the long press is held for 0.8 s by the
  // events' clock, however late a busy machine delivers them (no sleep races the widget's timer).
  let clock = Date.now() / 1000;
  const touch = (type, x, y, seconds = 0.05) => {
    clock += seconds;
    return cdp.send('Input.dispatchTouchEvent', { type, timestamp: clock, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
  };

  // A drag: the text scrolls, nothing is selected and the editor is not made active. Its events reach
  // the page in one task, so no long-press timer can come between them however busy the machine is.
  await touchGestureInOneTask(page, verticalDrag(editor.x + editor.width / 2, editor.y + editor.height - 20, -160));
  await waitForIdle(page);
  assert.equal(await rectOf(page, 'draft-caret'), null, 'a drag does not place the caret');

  // A long press on "launchpool" in the first row (scrolled back to the top first).
  await setDraft(page, 'press here on launchpool please');
  const first = await rectOf(page, 'draft-editor');
  const at = { x: first.x + 8 + 8.5 * 15, y: first.y + 14 };
  await touch('touchStart', at.x, at.y);
  await touch('touchEnd', 0, 0, 0.8);
  await waitForIdle(page);
  await page.keyboard.press('Control+C');
  const selected = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(selected, /^(here|on|launchpool)$/, `the long press selected one word ("${selected}")`);
  assert.equal(await settledDraft(page), 'press here on launchpool please');
  await context.close();
});

test('the text agent, where the input method opens its candidates, stands at the caret', async () => {
  const { context, page } = await openDraft(DESKTOP);
  await setDraft(page, '第一行\n第二行的末尾');
  await tapOrClick(page, 'draft-editor', false);
  await page.keyboard.press('Control+End');
  const caretRect = await caret(page);
  const agent = await page.evaluate(() => {
    const textarea = window.campaignWidget.shadowRoot.querySelector('textarea');
    const box = textarea.getBoundingClientRect();
    return { x: box.x, y: box.y, focused: window.campaignWidget.shadowRoot.activeElement === textarea };
  });
  assert.ok(agent.focused, 'the text agent has focus while the editor is active');
  assert.ok(Math.abs(agent.x - caretRect.x) <= 3, `at the caret's x (${agent.x} vs ${caretRect.x})`);
  assert.ok(Math.abs(agent.y - caretRect.y) <= 3, `at the caret's row (${agent.y} vs ${caretRect.y})`);
  await context.close();
});

test('an emoji family, a skin tone and a flag are one character to the caret, to Backspace and to the eye', async () => {
  const { context, page } = await openDraft(DESKTOP);
  const family = '👨\u200D👩\u200D👧';
  await setDraft(page, `a${family}b👍🏽c🇨🇳d`);
  await tapOrClick(page, 'draft-editor', false);
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('ArrowRight');
  const beforeFamily = await caret(page);
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Control+C');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), family, 'one step selects the whole family');
  const afterFamily = await caret(page);
  const width = afterFamily.x - beforeFamily.x;
  assert.ok(width > 8 && width < 40, `the family is drawn as one picture (${width} px wide)`);
  await page.keyboard.press('ArrowRight'); // collapse to the end of the selection
  await page.keyboard.press('ArrowRight'); // past "b"
  await page.keyboard.press('ArrowRight'); // past the thumb and its skin tone
  await page.keyboard.press('Backspace');
  assert.equal(await settledDraft(page), `a${family}bc🇨🇳d`, 'Backspace takes the thumb with its skin tone');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Backspace');
  assert.equal(await settledDraft(page), `a${family}bcd`, 'and the flag whole');
  assert.equal(await page.evaluate(() => window.campaignWidget.stats.missingGlyphs), 0);
  await context.close();
});
