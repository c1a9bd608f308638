// Offline: the one-file widget opened from file:// with every network request blocked, keeping its
// progress there; and the "Save offline copy" button, which downloads such a file for the campaign shown.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { centreOf, settledDraft, waitForIdle, waitForWidget } from './support/browser.mjs';
import { DIST, serveWidgetAndLaunchBrowser } from './support/harness.mjs';

const OFFLINE = path.join(DIST, 'campaign-widget-offline.html');

const harness = serveWidgetAndLaunchBrowser();

// A browser context with the network off: every request that is not for a file:// URL is aborted.
async function offlineContext() {
  const context = await harness.browser.newContext({ viewport: { width: 900, height: 640 } });
  const blocked = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:') || url.startsWith('data:')) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  return { context, blocked };
}

async function clickIn(page, testId) {
  const centre = await centreOf(page, testId);
  await page.mouse.click(centre.x, centre.y);
  await waitForIdle(page);
}

test('the offline file is one file under 3 MB', () => {
  const size = fs.statSync(OFFLINE).size;
  assert.ok(size < 3 * 1024 * 1024, `${size} bytes`);
  // Outside the inline scripts, nothing refers to another file (a data: URL, its empty icon, is inside it).
  const markup = fs.readFileSync(OFFLINE, 'utf8').replace(/<script>[\s\S]*?<\/script>/g, '');
  assert.ok(!/\b(src|href)="(?!data:)/.test(markup), 'the offline file refers to another file');
});

test('the offline file works from file:// with the network off and keeps its progress there', async () => {
  const { context, blocked } = await offlineContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(pathToFileURL(OFFLINE).href);
  await waitForWidget(page);
  await waitForIdle(page);
  await clickIn(page, 'tab-draft');
  await clickIn(page, 'draft-editor');
  await page.keyboard.type('offline $OBOL');
  assert.equal(await settledDraft(page), 'offline $OBOL');
  await page.waitForFunction(() => (localStorage.getItem('campaign-widget:obol') || '').includes('offline $OBOL'));

  await page.reload();
  await waitForWidget(page);
  assert.equal(await settledDraft(page), 'offline $OBOL');
  assert.deepEqual(blocked, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('"Save offline copy" downloads a file that works offline with the campaign that was shown', async () => {
  const context = await harness.browser.newContext({ viewport: { width: 1000, height: 800 }, acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(`${harness.server.url}demo-blog.html`);
  await page.evaluate(() => document.getElementById('widget-en').ready);
  await page.locator('#widget-en').scrollIntoViewIfNeeded();
  await waitForIdle(page, 'widget-en');
  const button = await page.evaluate(() => document.getElementById('widget-en').itemRect('save-offline'));
  const downloading = page.waitForEvent('download');
  await page.mouse.click(button.x + button.width / 2, button.y + button.height / 2);
  const download = await downloading;
  assert.equal(download.suggestedFilename(), 'campaign-widget-sample-quill.html');
  const saved = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'campaign-widget-')), download.suggestedFilename());
  await download.saveAs(saved);
  await context.close();

  const offline = await offlineContext();
  const copy = await offline.context.newPage();
  await copy.goto(pathToFileURL(saved).href);
  await waitForWidget(copy);
  const ids = await copy.evaluate(() => window.campaignWidget.report.checks.map((check) => check.id));
  assert.ok(!ids.includes('link.launchpool'), 'the copy carries the sample campaign, not the built-in one');
  assert.equal(await copy.evaluate(() => window.campaignWidget.itemRect('notice-dismiss:0')), null, 'no fallback notice');
  assert.deepEqual(offline.blocked, []);
  await offline.context.close();
  fs.rmSync(path.dirname(saved), { recursive: true });
});

test('when the offline copy cannot be made, "Save offline copy" says why, and the draft stays', async () => {
  const context = await harness.browser.newContext({ viewport: { width: 900, height: 640 }, locale: 'en-US' });
  // The site serves the widget but not its offline file (a partial deploy).
  await context.route('**/campaign-widget-offline.html', (route) => route.fulfill({ status: 404, body: 'not here' }));
  const page = await context.newPage();
  await page.goto(harness.server.url);
  await waitForWidget(page);
  await waitForIdle(page);
  await page.evaluate(() => { window.campaignWidget.draft = 'my post $OBOL'; });
  assert.deepEqual(await page.evaluate(() => window.campaignWidget.notices), []);

  await clickIn(page, 'save-offline');
  await page.waitForFunction(() => window.campaignWidget.notices.length > 0);
  const notices = await page.evaluate(() => window.campaignWidget.notices);
  assert.equal(notices.length, 1);
  assert.match(notices[0], /offline copy could not be made/);
  assert.match(notices[0], /campaign-widget-offline\.html: HTTP 404/);
  assert.ok(await page.evaluate(() => window.campaignWidget.itemRect('notice-dismiss:0')), 'the notice is on screen');
  assert.equal(await settledDraft(page), 'my post $OBOL');
  await context.close();
});

// The person's work travels in the copy: a copy opened from file:// lives in another origin's storage,
// so without it the file would start empty. Opened again after more work in the copy, the copy's own
// newer progress wins over what the file carries.
test('"Save offline copy" says it saved, and the copy opens with the draft and notes of that moment', async () => {
  const context = await harness.browser.newContext({ viewport: { width: 1000, height: 800 }, acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(`${harness.server.url}?lang=en`);
  await waitForWidget(page);
  await waitForIdle(page);
  await clickIn(page, 'tab-research');
  await clickIn(page, 'step-notes:what-is-obol');
  await page.keyboard.type('DV: several nodes sign together');
  await clickIn(page, 'tab-draft');
  await clickIn(page, 'draft-editor');
  await page.keyboard.type('my offline post $OBOL');
  assert.equal(await settledDraft(page), 'my offline post $OBOL');
  assert.equal(await page.evaluate(() => window.campaignWidget.itemRect('offline-saved')), null);

  // The confirmation shows for about two seconds, and the widget is idle only after it has gone: each
  // animation frame from before the click looks for it, however long the download takes to arrive here.
  await page.evaluate(() => {
    window.savedConfirmation = null;
    const look = () => {
      window.savedConfirmation = window.campaignWidget.itemRect('offline-saved');
      if (!window.savedConfirmation) requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  const downloading = page.waitForEvent('download');
  await clickIn(page, 'save-offline');
  const download = await downloading;
  const confirmation = await (await page.waitForFunction(() => window.savedConfirmation)).jsonValue();
  assert.ok(confirmation && confirmation.width > 0, 'a visible confirmation that the file was saved');
  const saved = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'campaign-widget-')), download.suggestedFilename());
  await download.saveAs(saved);
  await context.close();

  const offline = await offlineContext();
  const copy = await offline.context.newPage();
  await copy.goto(pathToFileURL(saved).href);
  await waitForWidget(copy);
  assert.equal(await settledDraft(copy), 'my offline post $OBOL');
  assert.equal(await copy.evaluate(() => window.campaignWidget.progress.notes['what-is-obol']), 'DV: several nodes sign together');

  // Work goes on in the copy; opening the same file again keeps it, not the moment of saving.
  await copy.evaluate(() => { window.campaignWidget.draft = 'written later, in the copy'; });
  await copy.waitForFunction(() => (localStorage.getItem('campaign-widget:obol') || '').includes('written later'));
  await copy.reload();
  await waitForWidget(copy);
  assert.equal(await settledDraft(copy), 'written later, in the copy');
  assert.deepEqual(offline.blocked, []);
  await offline.context.close();
  fs.rmSync(path.dirname(saved), { recursive: true });
});
