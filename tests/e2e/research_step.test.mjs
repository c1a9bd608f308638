// A research step as a new user meets it. On a phone (390 × 844, touch) the notes field is on the first
// screen, before the facts, and "Done with this step" comes after it: found when the notes sat under
// seven facts in an inner scrolling area, out of sight, while "done" was pinned in view. Each step's
// notes box has a name of its own ("My notes: <the step's title>"), in the drawn widget's semantic
// tree and in the text view: found when all three were "My notes".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

import { centreOf, openPage, waitForIdle } from './support/browser.mjs';
import { DIST, serveWidgetAndLaunchBrowser } from './support/harness.mjs';

// The built-in campaign as the build ships it, with its Traditional Chinese texts.
const CAMPAIGN = JSON.parse(fs.readFileSync(path.join(DIST, 'campaigns/obol.json'), 'utf8'));
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 };
const NOTES_NAME = { zh: '我的笔记：', 'zh-Hant': '我的筆記：', en: 'My notes: ' };

const harness = serveWidgetAndLaunchBrowser();

const rectOf = (page, id) => page.evaluate((name) => window.campaignWidget.itemRect(name), id);
const mirror = (page) => page.locator('campaign-widget .campaign-widget-mirror');

// Whether a comes before b in the document: the order a screen reader reads and Tab goes.
const comesBefore = async (a, b) => a.evaluate((first, second) =>
  (first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0, await b.elementHandle());

for (const lang of ['zh', 'zh-Hant', 'en']) {
  test(`on a phone the first step's notes field is on the first screen, before the facts and "done" (${lang})`, async () => {
    const { context, page, problems } = await openPage(harness.browser, `${harness.server.url}?lang=${lang}`, PHONE);
    const step = CAMPAIGN.research[0];
    const notes = await rectOf(page, `step-notes:${step.id}`);
    assert.ok(notes, 'the Research tab shows the first step with its notes field');
    assert.equal(await page.evaluate(() => window.scrollY), 0, 'nothing was scrolled');
    // At least the field's first three lines (about 60 px) are in the window without any scrolling.
    assert.ok(notes.y >= 0 && notes.y + 60 <= 844, `the notes field starts at ${Math.round(notes.y)} px of 844`);

    const done = await rectOf(page, `step-done:${step.id}`);
    assert.ok(done.y >= notes.y + notes.height, `"done" (at ${Math.round(done.y)} px) is under the notes field (ending at ${Math.round(notes.y + notes.height)} px)`);
    const firstSource = await rectOf(page, `source:${step.id}:0`);
    assert.ok(!firstSource || firstSource.y > notes.y, 'the facts come after the notes');

    // The order a screen reader reads and Tab goes: the notes, then the facts, then "done".
    const name = NOTES_NAME[lang] + step.title[lang];
    const notesBox = mirror(page).getByRole('textbox', { name, exact: true });
    const doneBox = mirror(page).getByRole('checkbox');
    const facts = mirror(page).getByRole('list').filter({ has: page.getByRole('link') }).first();
    assert.equal(await notesBox.count(), 1, `one text box named "${name}"`);
    assert.ok(await comesBefore(notesBox, facts), 'the notes come before the facts');
    assert.ok(await comesBefore(facts, doneBox), 'the facts come before "done"');

    // The facts are all there after the notes: scrolling the step with a finger reaches the last source.
    const lastSource = `source:${step.id}:${step.facts.length - 1}`;
    const body = await centreOf(page, 'step-body');
    await page.mouse.move(body.x, body.y);
    for (let swipe = 0; swipe < 12; swipe++) {
      const rect = await rectOf(page, lastSource);
      const doneNow = await rectOf(page, `step-done:${step.id}`);
      if (rect && rect.y + rect.height <= doneNow.y) break;
      await page.mouse.wheel(0, 300); // the wheel scrolls the step's area as a finger's drag does
      await waitForIdle(page);
    }
    const last = await rectOf(page, lastSource);
    const doneAfter = await rectOf(page, `step-done:${step.id}`);
    assert.ok(last && last.y + last.height <= doneAfter.y, 'the last fact\'s source scrolls into view above "done"');
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('each step\'s notes box is named by its step, in the drawn widget and in the text view', async () => {
  const { context, page, problems } = await openPage(harness.browser, `${harness.server.url}?lang=en`, {
    viewport: { width: 1280, height: 800 } });
  for (const [index, step] of CAMPAIGN.research.entries()) {
    if (index > 0) {
      const next = await centreOf(page, 'step-next');
      await page.mouse.click(next.x, next.y);
      await waitForIdle(page);
    }
    const name = `My notes: ${step.title.en}`;
    assert.equal(await mirror(page).getByRole('textbox', { name, exact: true }).count(), 1, `the drawn step ${step.id} has "${name}"`);
  }

  const textView = await centreOf(page, 'text-view');
  await page.mouse.click(textView.x, textView.y);
  const view = page.locator('campaign-widget .text-view');
  await view.waitFor({ timeout: 5000 });
  const names = await view.getByRole('textbox').evaluateAll((boxes) => boxes.map((box) => box.labels[0]?.textContent || ''));
  for (const step of CAMPAIGN.research) {
    const name = `My notes: ${step.title.en}`;
    assert.equal(await view.getByRole('textbox', { name, exact: true }).count(), 1, `the text view has "${name}" (its boxes: ${names.join(' | ')})`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('in Chinese the notes boxes are named "我的笔记：<step>" and "我的筆記：<step>"', async () => {
  for (const lang of ['zh', 'zh-Hant']) {
    const { context, page } = await openPage(harness.browser, `${harness.server.url}?lang=${lang}&view=text`);
    const view = page.locator('campaign-widget .text-view');
    await view.waitFor({ timeout: 5000 });
    for (const step of CAMPAIGN.research) {
      const name = NOTES_NAME[lang] + step.title[lang];
      assert.equal(await view.getByRole('textbox', { name, exact: true }).count(), 1, `the text view has "${name}"`);
    }
    await context.close();
  }
});
