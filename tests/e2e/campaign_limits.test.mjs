// Campaign files from third parties, given by the element's campaign URL: a 10 MB file and one of
// 100,000 nested arrays are refused at once with a message, and the built-in campaign works.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { centreOf, clickControl, settledDraft, waitForIdle, waitForWidget } from './support/browser.mjs';
import { serveWidgetAndLaunchBrowser } from './support/harness.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

// The files are made for this run: 10 MB is too much to keep in the repository.
const files = fs.mkdtempSync(path.join(os.tmpdir(), 'campaign-limits-'));
const obol = JSON.parse(fs.readFileSync(path.join(root, 'assets/campaigns/obol.json'), 'utf8'));
// A valid campaign in every other way: only its size is wrong.
fs.writeFileSync(path.join(files, 'ten-megabytes.json'), JSON.stringify({ ...obol, notes: 'x'.repeat(10_000_000) }));
// format_version is the first field the loader reads; its message once printed the value it got.
fs.writeFileSync(path.join(files, 'deeply-nested.json'), `{"format_version": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`);

const harness = serveWidgetAndLaunchBrowser({ extraRoots: { '/drill-files/': files } });

for (const [name, file, message] of [
  ['a 10 MB campaign file', 'ten-megabytes.json', /the file is 10\.0 MB; a campaign file may be at most 1\.0 MB/],
  ['a campaign file of 100,000 nested arrays', 'deeply-nested.json', /nested more than 64 levels deep/],
]) {
  test(`${name} is refused at once with a message, and the built-in campaign works`, async (t) => {
    const context = await harness.browser.newContext({ viewport: { width: 800, height: 600 } });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const started = Date.now();
    await page.goto(`${harness.server.url}embed.html?lang=en&campaign=/drill-files/${file}`);
    await waitForWidget(page);
    t.diagnostic(`from opening the page to the first frame, the file refused: ${Date.now() - started} ms`);
    await waitForIdle(page);

    const notices = await page.evaluate(() => window.campaignWidget.notices);
    assert.equal(notices.length, 1);
    assert.match(notices[0], message);
    assert.match(notices[0], new RegExp(`/drill-files/${file}`));
    assert.match(notices[0], /showing the built-in campaign instead/);
    assert.ok(await page.evaluate(() => window.campaignWidget.itemRect('notice-dismiss:0')), 'the notice is on screen');

    // The built-in campaign works as usual: a person types a post and it is checked.
    await clickControl(page, 'tab-draft');
    const editor = await centreOf(page, 'draft-editor');
    await page.mouse.click(editor.x, editor.y);
    await page.keyboard.type('$OBOL https://www.gate.io/trade/OBOL_USDT');
    assert.equal(await settledDraft(page), '$OBOL https://www.gate.io/trade/OBOL_USDT');
    const report = await page.evaluate(() => window.campaignWidget.report);
    assert.equal(report.checks.find((check) => check.id === 'link.spot').status, 'pass');
    assert.deepEqual(errors, []);
    await context.close();
  });
}
