// Saved progress: the draft and the language come back after a reload; a corrupt saved state is kept
// in a backup key with a notice; without storage the widget still works and says nothing is saved.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { centreOf, clickControl, openPage, settledDraft, waitForIdle, waitForWidget } from './support/browser.mjs';
import { serveWidgetAndLaunchBrowser } from './support/harness.mjs';

const KEY = 'campaign-widget:obol';

const harness = serveWidgetAndLaunchBrowser();

async function typeIntoEditor(page, text) {
  await clickControl(page, 'tab-draft');
  const editor = await centreOf(page, 'draft-editor');
  await page.mouse.click(editor.x, editor.y);
  await page.keyboard.type(text);
}

test('the draft and the language are saved within a second and come back after a reload', async () => {
  const { context, page } = await openPage(harness.browser, harness.server.url);
  await typeIntoEditor(page, 'saved draft $OBOL');
  await clickControl(page, 'lang-zh');
  await page.waitForFunction((key) => {
    const saved = localStorage.getItem(key);
    return saved && JSON.parse(saved).draft === 'saved draft $OBOL' && JSON.parse(saved).language === 'zh';
  }, KEY);

  await page.reload();
  await waitForWidget(page);
  await waitForIdle(page);
  assert.equal(await page.evaluate(() => window.campaignWidget.draft), 'saved draft $OBOL');
  assert.equal(await page.evaluate(() => window.campaignWidget.lang), 'zh');
  await context.close();
});

test('?lang= in the address wins over the saved language for that visit, and is not saved as the choice', async () => {
  const { context, page } = await openPage(harness.browser, harness.server.url);
  await clickControl(page, 'lang-zh');
  await page.waitForFunction((key) => JSON.parse(localStorage.getItem(key) || '{}').language === 'zh', KEY);

  await page.goto(`${harness.server.url}?lang=en`);
  await waitForWidget(page);
  await waitForIdle(page);
  assert.equal(await page.evaluate(() => window.campaignWidget.lang), 'en');
  assert.match(await page.evaluate(() => window.campaignWidget.summary), /checks pass/);
  await typeIntoEditor(page, 'typed in English');
  await page.waitForFunction((key) => JSON.parse(localStorage.getItem(key)).draft === 'typed in English', KEY);
  assert.equal(await page.evaluate((key) => JSON.parse(localStorage.getItem(key)).language, KEY), 'zh');

  // Without it, the person's own choice comes back; switching during a ?lang= visit is a choice.
  await page.goto(harness.server.url);
  await waitForWidget(page);
  assert.equal(await page.evaluate(() => window.campaignWidget.lang), 'zh');
  await page.goto(`${harness.server.url}?lang=zh`);
  await waitForWidget(page);
  await waitForIdle(page);
  await clickControl(page, 'lang-en');
  await page.waitForFunction((key) => JSON.parse(localStorage.getItem(key)).language === 'en', KEY);
  await context.close();
});

test('hiding the page saves at once', async () => {
  const { context, page } = await openPage(harness.browser, harness.server.url);
  await typeIntoEditor(page, 'x');
  await page.evaluate(() => {
    window.campaignWidget.draft = 'typed just before leaving';
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  const saved = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)).draft, KEY);
  assert.equal(saved, 'typed just before leaving');
  await context.close();
});

test('a corrupt saved state is moved to a backup key and the widget says so', async () => {
  const context = await harness.browser.newContext({ viewport: { width: 800, height: 600 } });
  const corrupt = '{"version": 1, "campaign": "obol", "draft": "my unfinished post';
  await context.addInitScript(([key, text]) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(key, text);
      sessionStorage.setItem('seeded', '1');
    }
  }, [KEY, corrupt]);
  const page = await context.newPage();
  await page.goto(harness.server.url);
  await waitForWidget(page);
  await waitForIdle(page);

  const backups = await page.evaluate((key) => Object.keys(localStorage).filter((name) => name.startsWith(`${key}:backup:`)), KEY);
  assert.equal(backups.length, 1);
  assert.equal(await page.evaluate((name) => localStorage.getItem(name), backups[0]), corrupt);
  assert.ok(await page.evaluate(() => window.campaignWidget.itemRect('notice-dismiss:0')), 'a notice is shown');
  await clickControl(page, 'notice-dismiss:0');
  assert.equal(await page.evaluate(() => window.campaignWidget.itemRect('notice-dismiss:0')), null);

  // A second load finds a readable state: no second backup, no notice.
  await page.reload();
  await waitForWidget(page);
  await waitForIdle(page);
  assert.equal(await page.evaluate((key) => Object.keys(localStorage).filter((name) => name.startsWith(`${key}:backup:`)).length, KEY), 1);
  assert.equal(await page.evaluate(() => window.campaignWidget.itemRect('notice-dismiss:0')), null);

  // The person goes on working; the backup stays untouched.
  await typeIntoEditor(page, 'new start');
  await page.waitForFunction((key) => {
    try { return JSON.parse(localStorage.getItem(key)).draft === 'new start'; } catch { return false; }
  }, KEY);
  assert.equal(await page.evaluate((name) => localStorage.getItem(name), backups[0]), corrupt);
  await context.close();
});

test('with storage blocked the widget works and says that nothing is being saved', async () => {
  const context = await harness.browser.newContext({ viewport: { width: 800, height: 600 } });
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(harness.server.url);
  await waitForWidget(page);
  await waitForIdle(page);
  assert.ok(await page.evaluate(() => window.campaignWidget.itemRect('notice-dismiss:0')), 'a notice is shown');
  await typeIntoEditor(page, 'still works');
  assert.equal(await settledDraft(page), 'still works');
  assert.deepEqual(errors, []);
  await context.close();
});

test('when storage fills up the widget says recent changes are not saved, and keeps the draft', async () => {
  const { context, page } = await openPage(harness.browser, harness.server.url);
  await typeIntoEditor(page, 'before full');
  await page.waitForFunction((key) => localStorage.getItem(key) !== null, KEY);
  await page.evaluate(() => {
    Storage.prototype.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); };
  });
  await page.keyboard.type(' and after');
  await page.waitForFunction(() => window.campaignWidget.itemRect('notice-dismiss:0') !== null);
  assert.equal(await settledDraft(page), 'before full and after');
  await context.close();
});

test('when saving works again, everything typed meanwhile is written and the notice goes away', async () => {
  const { context, page } = await openPage(harness.browser, `${harness.server.url}?lang=en`);
  await typeIntoEditor(page, 'before full');
  await page.waitForFunction((key) => localStorage.getItem(key) !== null, KEY);
  await page.evaluate(() => {
    window.realSetItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); };
  });
  await page.keyboard.type(' and after');
  await page.waitForFunction(() => window.campaignWidget.notices.some((text) => text.startsWith('Saving failed')));
  assert.equal(await settledDraft(page), 'before full and after');

  // Space is freed; the person leaves the tab before typing again: hiding the page saves it all.
  await page.evaluate(() => {
    Storage.prototype.setItem = window.realSetItem;
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
  });
  assert.equal(await page.evaluate((key) => JSON.parse(localStorage.getItem(key)).draft, KEY), 'before full and after');
  await waitForIdle(page);
  assert.deepEqual(await page.evaluate(() => window.campaignWidget.notices), [], 'the notice that changes are not saved is gone');

  // Full again and freed again: the next change saves as usual.
  await page.evaluate(() => { Storage.prototype.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); }; });
  await page.keyboard.type('!');
  await page.waitForFunction(() => window.campaignWidget.notices.length === 1);
  await page.evaluate(() => { Storage.prototype.setItem = window.realSetItem; });
  await page.keyboard.type('?');
  await page.waitForFunction((key) => JSON.parse(localStorage.getItem(key)).draft === 'before full and after!?', KEY);
  await waitForIdle(page);
  assert.deepEqual(await page.evaluate(() => window.campaignWidget.notices), []);
  await context.close();
});

test('the change event fires when the draft changes', async () => {
  const { context, page } = await openPage(harness.browser, harness.server.url);
  await page.evaluate(() => {
    window.changes = 0;
    window.campaignWidget.addEventListener('change', () => { window.changes++; });
  });
  await typeIntoEditor(page, 'ab');
  await waitForIdle(page);
  assert.ok(await page.evaluate(() => window.changes) >= 1);
  await context.close();
});
