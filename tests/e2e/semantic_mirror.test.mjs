// The widget as assistive technology meets it: the semantic mirror over the canvas names every control
// by role (tabs, buttons, the step's checkbox, headings, source links, text boxes, the checklist), in the
// UI's language, with its state; a person goes through every panel by role alone, as a screen reader
// user does (Playwright's getByRole reads the same roles and names); a screen reader's "activate" (a click
// with no pointer behind it) and a focus given to an element reach the control in the canvas; the text
// agent is the edited field's accessible text box; two widgets on a page and a widget inside a host's
// shadow root each have their own tree; an idle widget changes nothing in the DOM.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { openPage, settledDraft, waitForIdle } from './support/browser.mjs';
import { PAGES, serveWidgetAndLaunchBrowser } from './support/harness.mjs';
import { typeInOneTask } from './support/key_burst.mjs';

const harness = serveWidgetAndLaunchBrowser({ extraRoots: { '/test-pages/': PAGES } });
const AXE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../node_modules/axe-core/axe.min.js');

const widget = (page) => page.locator('campaign-widget').first();
const progress = (page) => page.evaluate(() => window.campaignWidget.progress);

// Chromium's own accessibility tree (what a screen reader gets), as "role name" lines of the nodes
// that are not ignored.
async function chromiumTree(page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  return nodes.filter((node) => !node.ignored && node.name?.value)
    .map((node) => `${node.role?.value} ${node.name.value}`);
}

test('the accessibility tree names the tabs, the buttons, the step checkbox, the step heading and the source links', async () => {
  const { context, page, problems } = await openPage(harness.browser, `${harness.server.url}?lang=en`);
  const campaign = widget(page);
  for (const name of ['Research', 'Post', 'Launchpool']) assert.equal(await campaign.getByRole('tab', { name }).count(), 1, `tab ${name}`);
  assert.equal(await campaign.getByRole('tab', { name: 'Research' }).getAttribute('aria-selected'), 'true');
  assert.equal(await campaign.getByRole('tablist').count(), 1);
  assert.equal(await campaign.getByRole('button', { name: 'Save offline copy' }).count(), 1);
  assert.equal(await campaign.getByRole('checkbox', { name: 'Done with this step' }).count(), 1);
  assert.equal(await campaign.getByRole('heading', { name: 'What is Obol?' }).count(), 1, 'the step heading');
  const sources = campaign.getByRole('link', { name: /^Source: / });
  assert.ok(await sources.count() >= 3, 'the facts\' source links');
  assert.equal(await campaign.getByRole('textbox', { name: 'My notes' }).count(), 1);
  assert.equal(await campaign.getByRole('button', { name: 'Previous' }).getAttribute('aria-disabled'), 'true');
  assert.equal(await campaign.getByRole('progressbar', { name: 'Research progress' }).getAttribute('aria-valuenow'), '0');

  // What a screen reader gets: Chromium's own tree holds the same roles and names.
  const tree = await chromiumTree(page);
  for (const line of ['tab Launchpool', 'button Save offline copy', 'checkbox Done with this step', 'heading What is Obol?']) {
    assert.ok(tree.includes(line), `${line} is in Chromium's accessibility tree`);
  }
  assert.ok(tree.some((line) => line.startsWith('link Source: ')), 'a source link is in Chromium\'s accessibility tree');

  // Each element stands over its control, so a pointer (or a test) aimed at it lands on the control.
  const box = await campaign.getByRole('button', { name: 'Save offline copy' }).boundingBox();
  const drawn = await page.evaluate(() => window.campaignWidget.itemRect('save-offline'));
  const host = await campaign.boundingBox();
  assert.ok(Math.abs(box.x - host.x - drawn.x) < 1 && Math.abs(box.width - drawn.width) < 1, 'the element covers the button');
  assert.deepEqual(problems, []);
  await context.close();
});

test('names follow the UI\'s language', async () => {
  const { context, page } = await openPage(harness.browser, `${harness.server.url}?lang=zh`);
  const campaign = widget(page);
  for (const name of ['调研', '帖子']) assert.equal(await campaign.getByRole('tab', { name }).count(), 1);
  assert.equal(await campaign.getByRole('checkbox', { name: '这一步完成了' }).count(), 1);
  await campaign.getByRole('button', { name: 'English' }).click();
  await waitForIdle(page);
  assert.equal(await campaign.getByRole('checkbox', { name: 'Done with this step' }).count(), 1);
  assert.equal(await campaign.getByRole('button', { name: 'English' }).getAttribute('aria-pressed'), 'true');
  assert.equal(await campaign.getByRole('button', { name: '中文' }).getAttribute('aria-pressed'), 'false');
  await context.close();
});

test('by role alone through every panel: tick a step, write a post, fix a link, open the launchpool page', async () => {
  const { context, page, problems } = await openPage(harness.browser, `${harness.server.url}?lang=en`);
  const campaign = widget(page);

  // Research: tick the step done, go to the next one.
  await campaign.getByRole('checkbox', { name: 'Done with this step' }).click();
  await waitForIdle(page);
  assert.equal(await campaign.getByRole('checkbox', { name: 'Done with this step' }).getAttribute('aria-checked'), 'true');
  assert.equal((await progress(page)).done_steps.length, 1);
  await campaign.getByRole('button', { name: 'Next' }).click();
  await waitForIdle(page);
  assert.equal(await campaign.getByRole('checkbox', { name: 'Done with this step' }).getAttribute('aria-checked'), 'false');

  // Post: write in the text box, fix the near-miss link from the checklist.
  await campaign.getByRole('tab', { name: 'Post' }).click();
  await waitForIdle(page);
  assert.equal(await campaign.getByRole('tab', { name: 'Post' }).getAttribute('aria-selected'), 'true');
  await campaign.getByRole('textbox', { name: 'Your post' }).click();
  await page.keyboard.type('Stake $OBOL: https://www.gate.io/trade/OBOL_BTC ');
  assert.equal(await settledDraft(page), 'Stake $OBOL: https://www.gate.io/trade/OBOL_BTC ');
  await waitForIdle(page); // the check runs when typing pauses
  const spot = campaign.getByRole('listitem', { name: /\$OBOL spot trading link/ });
  assert.match(await spot.getAttribute('aria-label'), /^Fails: /, 'the status is in the name');
  await spot.getByRole('button', { name: 'Fix' }).click();
  await waitForIdle(page);
  assert.match(await page.evaluate(() => window.campaignWidget.draft), /OBOL_USDT/);
  assert.match(await campaign.getByRole('listitem', { name: /\$OBOL spot trading link/ }).getAttribute('aria-label'), /^Passes: /);

  // Launchpool: the heading, the steps, a number field, the page's link opening in a new tab.
  await campaign.getByRole('tab', { name: 'Launchpool' }).click();
  await waitForIdle(page);
  assert.equal(await campaign.getByRole('heading', { name: 'OBOL Launchpool' }).count(), 1);
  assert.ok(await campaign.getByRole('list', { name: 'Steps to take part' }).getByRole('listitem').count() >= 3);
  await campaign.getByRole('textbox', { name: 'Days' }).click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('30');
  await page.keyboard.press('Tab');
  await waitForIdle(page);
  assert.equal((await progress(page)).estimator.days, 30);
  assert.match(await campaign.getByRole('status').filter({ hasText: 'Over 30 days' }).textContent(), /Over 30 days/);
  // The page opens in a new tab (no network here: the pool page's host answers with a stand-in).
  await context.route(/gate\.io/, (route) => route.fulfill({ contentType: 'text/html', body: '<title>pool</title>' }));
  const [opened] = await Promise.all([
    context.waitForEvent('page'),
    campaign.getByRole('link', { name: 'Open the launchpool page' }).click(),
  ]);
  assert.match(opened.url(), /launchpool/i);
  assert.deepEqual(problems.filter((problem) => !problem.includes('gate.io')), []);
  await context.close();
});

test('a screen reader\'s activate (a click with no pointer behind it) presses the control, once', async () => {
  const { context, page } = await openPage(harness.browser, `${harness.server.url}?lang=en`);
  const campaign = widget(page);
  await campaign.getByRole('tab', { name: 'Launchpool' }).evaluate((element) => element.click());
  await waitForIdle(page);
  assert.equal(await campaign.getByRole('tab', { name: 'Launchpool' }).getAttribute('aria-selected'), 'true');
  await campaign.getByRole('tab', { name: 'Research' }).dispatchEvent('click');
  await waitForIdle(page);
  const done = campaign.getByRole('checkbox', { name: 'Done with this step' });
  await done.evaluate((element) => element.click());
  await waitForIdle(page);
  assert.equal(await done.getAttribute('aria-checked'), 'true', 'ticked once, not ticked and unticked');
  await context.close();
});

test('focus goes both ways: a focused element moves the widget\'s focus, Tab moves the element focused', async () => {
  const { context, page } = await openPage(harness.browser, `${harness.server.url}?lang=en`);
  const campaign = widget(page);
  await campaign.getByRole('button', { name: 'Save offline copy' }).focus();
  await waitForIdle(page);
  assert.equal(await page.evaluate(() => window.campaignWidget.focusedControl), 'save-offline');
  await page.keyboard.press('Tab');
  await waitForIdle(page);
  const focused = () => page.evaluate(() => {
    const active = window.campaignWidget.shadowRoot.activeElement;
    return { control: window.campaignWidget.focusedControl, element: active && active.getAttribute('role'), name: active && active.textContent };
  });
  assert.deepEqual(await focused(), { control: 'lang-zh', element: 'button', name: '中文' });
  await page.keyboard.press('Enter');
  await waitForIdle(page);
  assert.equal(await page.evaluate(() => window.campaignWidget.lang), 'zh', 'Enter on the focused element pressed its control');
  await context.close();
});

test('the edited field is an accessible text box: named, its value the text, its selection the caret', async () => {
  const { context, page } = await openPage(harness.browser, `${harness.server.url}?lang=en`);
  const campaign = widget(page);
  await campaign.getByRole('tab', { name: 'Post' }).click();
  await page.evaluate(() => { window.campaignWidget.draft = 'Hello 你好 😀'; });
  await waitForIdle(page);
  assert.equal(await campaign.getByRole('textbox', { name: 'Your post' }).textContent(), 'Hello 你好 😀', 'the value, before editing');

  await campaign.getByRole('textbox', { name: 'Your post' }).focus();
  await waitForIdle(page);
  // Now the text agent is the text box (one text box of that name, the focused one).
  const box = campaign.getByRole('textbox', { name: 'Your post' });
  assert.equal(await box.count(), 1);
  assert.equal(await box.evaluate((element) => element.tagName), 'TEXTAREA');
  // It has the focus itself, so that the keys go to it however soon they come (left on the canvas, a
  // key pressed before the widget's next frame was lost).
  assert.equal(await box.evaluate((element) => element === element.getRootNode().activeElement), true,
    'the focused text box holds the DOM\'s focus');
  assert.equal(await box.inputValue(), 'Hello 你好 😀');
  await page.keyboard.press('Control+End');
  await page.keyboard.type('!');
  await waitForIdle(page);
  assert.equal(await box.inputValue(), 'Hello 你好 😀!');
  const selection = () => box.evaluate((element) => [element.selectionStart, element.selectionEnd]);
  assert.deepEqual(await selection(), [12, 12], 'the caret after the "!" (the emoji is two UTF-16 units)');
  await page.keyboard.press('Shift+Home');
  await waitForIdle(page);
  assert.deepEqual(await selection(), [0, 12], 'the selection mirrored');

  // An edit made in the text box itself (as a screen reader or a phone keyboard does) reaches the draft.
  await box.fill('Rewritten by a screen reader');
  assert.equal(await settledDraft(page), 'Rewritten by a screen reader');
  await page.keyboard.press('Control+Z');
  assert.equal(await settledDraft(page), 'Hello 你好 😀!', 'as one undoable step');
  await context.close();
});

test('in a long draft the text box holds the text around the caret, and its edits land there', async () => {
  const { context, page } = await openPage(harness.browser, `${harness.server.url}?lang=en`);
  const campaign = widget(page);
  await campaign.getByRole('tab', { name: 'Post' }).click();
  // 200 KB: every key would otherwise send all of it to the text box (a 5 MB draft held each key ~0.5 s).
  const draft = await page.evaluate(() => {
    window.campaignWidget.draft = 'Obol 分布式验证器 DV network, fault tolerant.\n'.repeat(4000);
    return window.campaignWidget.draft;
  });
  await waitForIdle(page);
  await campaign.getByRole('textbox', { name: 'Your post' }).focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('!');
  await waitForIdle(page);
  const box = campaign.getByRole('textbox', { name: 'Your post' });
  const value = await box.inputValue();
  assert.ok(value.length < draft.length / 2, `the text box holds ${value.length} of ${draft.length + 1} characters`);
  assert.ok(`${draft}!`.endsWith(value), 'what it holds is the text before the caret, as written');
  assert.deepEqual(await box.evaluate((element) => [element.selectionStart, element.selectionEnd]), [value.length, value.length],
    'the caret at the end of what it holds');

  // An edit made in the text box replaces what it held, and only that.
  await box.fill('Rewritten by a screen reader');
  assert.equal(await settledDraft(page), `${draft}!`.slice(0, draft.length + 1 - value.length) + 'Rewritten by a screen reader');
  await context.close();
});

test('keys pressed the moment the text box is focused, before the widget draws again, land in the draft', async () => {
  // A screen reader user who focuses the text box and types at once, or a page too busy to draw between
  // the focus and the keys: the focus and every key come in one task of the page.
  const { context, page } = await openPage(harness.browser, `${harness.server.url}?lang=en`);
  const campaign = widget(page);
  await campaign.getByRole('tab', { name: 'Post' }).click();
  await page.evaluate(() => { window.campaignWidget.draft = 'Obol 分布式验证器'; });
  await waitForIdle(page);
  const box = await campaign.getByRole('textbox', { name: 'Your post' }).elementHandle();
  await typeInOneTask(page, ['Control+End', ...' DV!'], { focusFirst: box });
  assert.equal(await settledDraft(page), 'Obol 分布式验证器 DV!', 'the caret moved to the end, and every key typed there');
  assert.equal(await page.evaluate(() => {
    const active = window.campaignWidget.shadowRoot.activeElement;
    return active && active.tagName;
  }), 'TEXTAREA', 'the keys that follow go to the text box');

  // A button's element the same way: Enter pressed at once presses that button, not the one focused before.
  const tab = await campaign.getByRole('tab', { name: 'Launchpool' }).elementHandle();
  await typeInOneTask(page, ['Enter'], { focusFirst: tab });
  await waitForIdle(page);
  assert.equal(await campaign.getByRole('tab', { name: 'Launchpool' }).getAttribute('aria-selected'), 'true');
  await context.close();
});

test('a number field\'s element focused starts its editing, as Tab does: what is typed, at once or later, replaces its value', async () => {
  const { context, page } = await openPage(harness.browser, `${harness.server.url}?lang=en`);
  const campaign = widget(page);
  await campaign.getByRole('tab', { name: 'Launchpool' }).click();
  await waitForIdle(page);
  const estimator = async () => (await progress(page)).estimator;

  // Focused, then typed into once the widget has drawn: the text box holds the field's text, selected.
  await campaign.getByRole('textbox', { name: 'Days' }).focus();
  await waitForIdle(page);
  assert.equal(await page.evaluate(() => window.campaignWidget.shadowRoot.activeElement.tagName), 'TEXTAREA',
    'the field is being edited');
  await page.keyboard.type('30');
  await page.keyboard.press('Enter');
  await waitForIdle(page);
  assert.equal((await estimator()).days, 30);

  // Focused and typed into in one task of the page (a screen reader user typing at once, a busy page).
  await campaign.getByRole('tab', { name: 'Launchpool' }).focus();
  await waitForIdle(page);
  const days = await campaign.getByRole('textbox', { name: 'Days' }).elementHandle();
  await typeInOneTask(page, [...'45', 'Enter'], { focusFirst: days });
  await waitForIdle(page);
  assert.equal((await estimator()).days, 45);
  await context.close();
});

test('two widgets on a page each have their own tree, and one widget\'s tab does not move the other', async () => {
  const context = await harness.browser.newContext({ viewport: { width: 1000, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${harness.server.url}demo-blog.html`);
  await page.evaluate(() => Promise.all([...document.querySelectorAll('campaign-widget')].map((element) => element.ready)));
  const chinese = page.locator('#widget-zh');
  const english = page.locator('#widget-en');
  await chinese.scrollIntoViewIfNeeded();
  await waitForIdle(page, 'widget-zh');
  await chinese.getByRole('tab', { name: '帖子' }).click();
  await waitForIdle(page, 'widget-zh');
  assert.equal(await chinese.getByRole('tab', { name: '帖子' }).getAttribute('aria-selected'), 'true');
  assert.equal(await english.getByRole('tab', { name: 'Post' }).getAttribute('aria-selected'), 'false');
  assert.equal(await chinese.getByRole('button', { name: '保存离线版' }).count(), 1);
  assert.equal(await english.getByRole('button', { name: 'Save offline copy' }).count(), 1);
  await context.close();
});

test('a widget inside a host\'s shadow root is reached by role too', async () => {
  const { context, page } = await openPage(harness.browser, `${harness.server.url}test-pages/shadow-host.html`);
  const campaign = page.locator('blog-card campaign-widget');
  await campaign.getByRole('tab', { name: 'Post' }).click();
  await waitForIdle(page);
  await campaign.getByRole('textbox', { name: 'Your post' }).click();
  await page.keyboard.type('by role, in a shadow root');
  assert.equal(await settledDraft(page), 'by role, in a shadow root');
  assert.equal(await campaign.getByRole('checkbox').count(), 0, 'the research step is not shown');
  await context.close();
});

test('an idle widget changes nothing in the DOM, and a change touches only what changed', async () => {
  const { context, page } = await openPage(harness.browser, `${harness.server.url}?lang=en`);
  await page.evaluate(() => {
    window.mutations = [];
    new MutationObserver((records) => window.mutations.push(...records.map((record) => record.type)))
      .observe(window.campaignWidget.shadowRoot, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  await page.waitForTimeout(1500); // a person's pause: nothing happens for a while
  assert.deepEqual(await page.evaluate(() => window.mutations), [], 'no DOM change while idle');
  const framesBefore = await page.evaluate(() => window.campaignWidget.stats.frames);
  await widget(page).getByRole('checkbox', { name: 'Done with this step' }).click();
  await waitForIdle(page);
  const changed = await page.evaluate(() => window.mutations.length);
  const elements = await page.evaluate(() => window.campaignWidget.shadowRoot.querySelectorAll('[data-key]').length);
  assert.ok(changed > 0 && changed < elements, `${changed} changes for ${elements} elements`);
  assert.ok(await page.evaluate(() => window.campaignWidget.stats.frames) > framesBefore);
  await context.close();
});

for (const tab of ['Post', 'Launchpool']) {
  test(`axe-core finds no violation with the ${tab} panel shown`, async () => {
    const { context, page } = await openPage(harness.browser, `${harness.server.url}?lang=en`, { viewport: { width: 1000, height: 800 } });
    await widget(page).getByRole('tab', { name: tab }).click();
    await waitForIdle(page);
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async () => (await window.axe.run(document)).violations);
    assert.deepEqual(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`), []);
    await context.close();
  });
}
