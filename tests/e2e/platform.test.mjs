// The web platform layer as a person meets it: typing, Chinese IME, paste and copy, touch, HiDPI,
// a host page that keeps its keys, zero frames while idle, and a WebGL context that comes back.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { centreOf, clickControl, openPage, readPixels, settledDraft, waitForIdle } from './support/browser.mjs';
import { PAGES, serveWidgetAndLaunchBrowser } from './support/harness.mjs';
import { typeInOneTask } from './support/key_burst.mjs';
import { touchGestureInOneTask, verticalDrag } from './support/touch_burst.mjs';


const harness = serveWidgetAndLaunchBrowser({ extraRoots: { '/test-pages/': PAGES } });

const draftOf = (page) => settledDraft(page);

async function clickEditor(page) {
  if (!(await page.evaluate(() => window.campaignWidget.itemRect('draft-editor')))) await clickControl(page, 'tab-draft');
  const centre = await centreOf(page, 'draft-editor');
  await page.mouse.click(centre.x, centre.y);
}

test('typing into the draft editor with real key events, Backspace and Enter included', async () => {
  const { context, page, problems } = await openPage(harness.browser, harness.server.url);
  await clickEditor(page);
  await page.keyboard.type('Hello OBOL!');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Enter');
  await page.keyboard.type('line 2');
  assert.equal(await draftOf(page), 'Hello OBOL\nline 2');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a burst of keys faster than the widget draws lands whole in the draft, in order', async () => {
  const { context, page, problems } = await openPage(harness.browser, harness.server.url);
  await clickEditor(page);
  // Repeated letters, spaces, Backspace and Enter: each reaches the widget before its next frame.
  const line = 'Hello OBOL, look: https://www.gate.io/trade/OBOL_USDT  aaa 111 zzz.';
  await typeInOneTask(page, [...line, 'Backspace', '!', 'Enter', ...line]);
  assert.equal(await draftOf(page), `${line.slice(0, -1)}!\n${line}`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('Ctrl+C right after a burst of typing copies all of it', async () => {
  const { context, page } = await openPage(harness.browser, harness.server.url);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: harness.server.url });
  await clickEditor(page);
  await typeInOneTask(page, [...'copied at once, every key of it']);
  // No wait: the copy is made inside the Ctrl+C key event, from everything typed before it.
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+C');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'copied at once, every key of it');
  await context.close();
});

test('a Chinese IME composition leaves the committed text once', async () => {
  const { context, page } = await openPage(harness.browser, harness.server.url);
  await clickEditor(page);
  await page.keyboard.type('关注 ');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'ou', selectionStart: 2, selectionEnd: 2 });
  await cdp.send('Input.imeSetComposition', { text: '欧博', selectionStart: 2, selectionEnd: 2 });
  assert.equal(await draftOf(page), '关注 ', 'nothing arrives while the composition is open');
  await cdp.send('Input.insertText', { text: '欧博' });
  await page.keyboard.type('!');
  assert.equal(await draftOf(page), '关注 欧博!');
  await context.close();
});

test('Ctrl+V pastes the text of that paste, and a second paste brings the new text', async () => {
  const { context, page } = await openPage(harness.browser, harness.server.url);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: harness.server.url });
  await clickEditor(page);
  await page.evaluate(() => navigator.clipboard.writeText('调研 $OBOL：https://www.gate.io/trade/OBOL_USDT'));
  await page.keyboard.press('Control+V');
  await page.keyboard.press('Enter');
  await page.evaluate(() => navigator.clipboard.writeText('第二段 second'));
  await page.keyboard.press('Control+V');
  await waitForIdle(page);
  assert.equal(await draftOf(page), '调研 $OBOL：https://www.gate.io/trade/OBOL_USDT\n第二段 second');
  await context.close();
});

test('Ctrl+C and Ctrl+X put the selection on the system clipboard', async () => {
  const { context, page } = await openPage(harness.browser, harness.server.url);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: harness.server.url });
  await clickEditor(page);
  await page.keyboard.type('copy me 复制');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+C');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'copy me 复制');

  await page.keyboard.press('End');
  await page.keyboard.press('Shift+Home');
  await page.evaluate(() => navigator.clipboard.writeText('something else'));
  await page.keyboard.press('Control+X');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'copy me 复制');
  await waitForIdle(page);
  assert.equal(await draftOf(page), '');
  await context.close();
});

test('the host page keeps every key typed into its own text box, Backspace and Tab included', async () => {
  const { context, page } = await openPage(harness.browser, `${harness.server.url}test-pages/host-page.html`);
  // First use the widget, so it has had focus and an active text field.
  await clickEditor(page);
  await page.keyboard.type('widget text');
  await page.click('#comment');
  await page.keyboard.type('my comment');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Ann');
  assert.equal(await page.inputValue('#comment'), 'my commen');
  assert.equal(await page.inputValue('#name'), 'Ann');
  assert.equal(await draftOf(page), 'widget text');
  await context.close();
});

test('the wheel over the page scrolls the page, not the widget', async () => {
  const { context, page } = await openPage(harness.browser, `${harness.server.url}test-pages/host-page.html`);
  await page.mouse.move(300, 560); // over the article below the widget
  await page.mouse.wheel(0, 300);
  await page.waitForFunction(() => window.scrollY > 0);
  await context.close();
});

test('a tap on a touch screen lands on the control under the finger', async () => {
  const { context, page } = await openPage(harness.browser, harness.server.url, { hasTouch: true, isMobile: true });
  const tab = await centreOf(page, 'tab-draft');
  await page.touchscreen.tap(tab.x, tab.y);
  await waitForIdle(page);
  const centre = await centreOf(page, 'draft-editor');
  await page.touchscreen.tap(centre.x, centre.y);
  await page.waitForFunction(() => window.campaignWidget.shadowRoot.activeElement?.classList.contains('campaign-widget-text-agent'));
  await page.keyboard.type('tapped');
  assert.equal(await draftOf(page), 'tapped');
  await context.close();
});

test('a finger dragging over the draft scrolls it, without typing or clicking anything', async () => {
  const { context, page } = await openPage(harness.browser, harness.server.url, { hasTouch: true, isMobile: true });
  const lines = Array.from({ length: 80 }, (_, i) => `line ${i + 1}`).join('\n');
  const tab = await centreOf(page, 'tab-draft');
  await page.touchscreen.tap(tab.x, tab.y);
  await page.evaluate((text) => { window.campaignWidget.draft = text; }, lines);
  await waitForIdle(page);
  const rect = await page.evaluate(() => window.campaignWidget.itemRect('draft-editor'));
  const clip = { x: rect.x + 2, y: rect.y + 2, width: rect.width - 4, height: rect.height - 4 };
  const before = await readPixels(page, clip);

  // The drag's events reach the page in one task: no long-press timer comes between them on a busy machine.
  await touchGestureInOneTask(page, verticalDrag(rect.x + rect.width / 2, rect.y + rect.height - 20, -200, 10));
  await waitForIdle(page);

  const after = await readPixels(page, clip);
  let changed = 0;
  for (let i = 0; i < before.data.length; i += 4) if (before.data[i] !== after.data[i]) changed++;
  assert.ok(changed > 500, `the editor's content did not move (${changed} pixels changed)`);
  assert.equal(await draftOf(page), lines);
  await context.close();
});

test('at devicePixelRatio 2 the backing store is doubled and a click still hits its control', async () => {
  const { context, page } = await openPage(harness.browser, harness.server.url, { deviceScaleFactor: 2 });
  const size = await page.evaluate(() => {
    const canvas = window.campaignWidget.shadowRoot.querySelector('canvas');
    return { width: canvas.width, cssWidth: canvas.getBoundingClientRect().width };
  });
  assert.equal(size.width, size.cssWidth * 2);
  await clickEditor(page);
  await page.keyboard.type('sharp');
  assert.equal(await draftOf(page), 'sharp');
  await context.close();
});

test('idle costs nothing: 0 frames over 2 s, also with the text field focused', async () => {
  const { context, page } = await openPage(harness.browser, harness.server.url);
  await clickEditor(page);
  await page.keyboard.type('caret');
  const settled = await waitForIdle(page);
  await page.waitForTimeout(2000); // a person's pause: the caret sits in the field, nothing typed
  assert.equal(await page.evaluate(() => window.campaignWidget.stats.frames), settled);
  assert.ok(await page.evaluate(() => window.campaignWidget.shadowRoot.activeElement?.classList.contains('campaign-widget-text-agent')));
  await context.close();
});

test('a lost WebGL context comes back and the widget is redrawn with its state', async () => {
  const { context, page, problems } = await openPage(harness.browser, harness.server.url);
  await clickEditor(page);
  await page.keyboard.type('survives');
  const frames = await waitForIdle(page);
  await page.evaluate(async () => {
    const canvas = window.campaignWidget.shadowRoot.querySelector('canvas');
    const extension = canvas.getContext('webgl2').getExtension('WEBGL_lose_context');
    const lost = new Promise((resolve) => canvas.addEventListener('webglcontextlost', resolve, { once: true }));
    extension.loseContext();
    await lost;
    // Restored once the lost event's dispatch is over (the browser allows a restore only then): a task later.
    await new Promise((resolve) => setTimeout(resolve, 0));
    extension.restoreContext();
  });
  await page.waitForFunction((before) => window.campaignWidget.stats.frames > before, frames);
  await waitForIdle(page);
  const image = await readPixels(page, { x: 0, y: 0, width: 400, height: 60 });
  const colours = new Set();
  for (let i = 0; i < image.data.length; i += 4) colours.add(image.data.slice(i, i + 3).join(','));
  assert.ok(colours.size > 20, `only ${colours.size} colours after the restore: nothing was drawn`);
  assert.equal(await draftOf(page), 'survives');
  assert.deepEqual(problems.filter((p) => !/WebGL|GL Driver/.test(p)), []);
  await context.close();
});

test('no request goes anywhere but the widget\'s own files', async () => {
  const { context, page, requests, problems } = await openPage(harness.browser, harness.server.url);
  await clickEditor(page);
  await page.keyboard.type('offline');
  await waitForIdle(page);
  assert.deepEqual(requests.filter((url) => !url.startsWith(harness.server.url) && !url.startsWith('data:')), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a paste from the context menu (a paste event with no key before it) inserts its text', async () => {
  const { context, page } = await openPage(harness.browser, harness.server.url);
  await clickEditor(page);
  await page.keyboard.type('A ');
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/plain', '菜单粘贴');
    window.campaignWidget.shadowRoot.activeElement.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true }));
  });
  await waitForIdle(page);
  await page.keyboard.type('!');
  assert.equal(await draftOf(page), 'A 菜单粘贴!');
  await context.close();
});

test('on macOS, Cmd+A and Cmd+C copy the draft', async () => {
  const context = await harness.browser.newContext({ viewport: { width: 800, height: 600 } });
  await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'platform', { get: () => 'MacIntel' }));
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: harness.server.url });
  const page = await context.newPage();
  await page.goto(harness.server.url);
  await page.evaluate(() => window.campaignWidget.ready);
  await clickEditor(page);
  await page.keyboard.type('mac copy');
  await page.keyboard.press('Meta+A');
  await page.keyboard.press('Meta+C');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'mac copy');
  await context.close();
});

test('a mouse button released outside the widget does not stay pressed', async () => {
  const { context, page } = await openPage(harness.browser, `${harness.server.url}test-pages/host-page.html`);
  await clickEditor(page);
  await page.keyboard.type('abc');
  const rect = await page.evaluate(() => window.campaignWidget.itemRect('draft-editor'));
  // Press inside the editor below the text (the caret stays after 'abc'), drag down off the widget onto
  // the article below it, release there. The press is away from the first click, so it is no double click.
  await page.mouse.move(rect.x + rect.width / 2, rect.y + rect.height * 0.8);
  await page.mouse.down();
  const canvas = await page.locator('campaign-widget').boundingBox();
  await page.mouse.move(rect.x + rect.width / 2, canvas.y + canvas.height + 40, { steps: 4 });
  await page.mouse.up();
  // Back over the start of the text with no button held: a stuck button would select 'abc' now, and
  // typing would replace it.
  await page.mouse.move(rect.x + 6, rect.y + 8, { steps: 4 });
  await waitForIdle(page);
  await page.keyboard.type('X');
  assert.equal(await draftOf(page), 'abcX');
  await context.close();
});
