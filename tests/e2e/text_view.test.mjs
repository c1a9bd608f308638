// The text view, as a person who prefers the browser's own text uses it: "Text view" in the drawn
// widget's header shows all three panels as plain HTML in place of the canvas (the research steps with
// their facts and source links, notes and "done"; the draft with its checklist and Fix; the launchpool's
// steps, pools and announced figures), with a language switch; "Drawn view" goes back, and both views
// show the same work. ?view=text in the address and view="text" on the element open it directly; the
// choice holds for the visit. It fits a phone, and axe-core finds nothing to fault in it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { centreOf, openPage, waitForIdle } from './support/browser.mjs';
import { DIST, PAGES, serveWidgetAndLaunchBrowser } from './support/harness.mjs';

// The built-in campaign as the build ships it, with its Traditional Chinese texts.
const CAMPAIGN = JSON.parse(fs.readFileSync(path.join(DIST, 'campaigns/obol.json'), 'utf8'));
const AXE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../node_modules/axe-core/axe.min.js');
const KEY = 'campaign-widget:obol';

// The Content-Security-Policy the README promises the widget runs under, for addresses with ?csp.
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'";

const harness = serveWidgetAndLaunchBrowser({
  extraRoots: { '/test-pages/': PAGES },
  extraHeaders: (url) => (url.searchParams.has('csp') ? { 'Content-Security-Policy': CSP } : {}),
});

const view = (page) => page.locator('campaign-widget .text-view');
const canvasShown = (page) => page.locator('campaign-widget canvas').isVisible();
const texts = (locator) => locator.evaluateAll((elements) => elements.map((element) => element.textContent.trim()));
const progressOf = (page) => page.evaluate(() => window.campaignWidget.progress);

// Clicks "Text view" in the drawn widget's header, where a person would, and waits for the text view.
async function chooseTextView(page) {
  const centre = await centreOf(page, 'text-view');
  await page.mouse.click(centre.x, centre.y);
  await view(page).waitFor();
  await waitForIdle(page);
}

async function chooseDrawnView(page, name = 'Drawn view') {
  await view(page).getByRole('button', { name, exact: true }).click();
  await page.locator('campaign-widget canvas').waitFor({ state: 'visible' });
  await waitForIdle(page);
}

// The progress saved in localStorage, once the widget has written it (saving follows a change within a
// second; the widget is not idle while a write is pending), and that it satisfies check.
async function savedProgressSatisfies(page, check) {
  await waitForIdle(page);
  const saved = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) || 'null'), KEY);
  assert.ok(saved && check(saved), `the saved progress does not match ${check}: ${JSON.stringify(saved)}`);
  return saved;
}

test('"Text view" in the header shows the three panels as text in place of the canvas', async () => {
  const { context, page, problems } = await openPage(harness.browser, `${harness.server.url}?lang=en`);
  assert.equal(await page.evaluate(() => window.campaignWidget.view), 'drawn');
  await chooseTextView(page);
  assert.equal(await canvasShown(page), false, 'the text view takes the canvas\'s place');
  assert.equal(await page.evaluate(() => window.campaignWidget.view), 'text');
  assert.equal(await view(page).getAttribute('lang'), 'en');
  assert.equal(await page.evaluate(() => window.campaignWidget.itemRect('text-view')), null, 'nothing drawn is named while hidden');
  assert.equal(await page.getByRole('tab').count(), 0, 'no control of the drawn widget is there for a screen reader');
  assert.equal(await page.getByRole('button', { name: 'Save offline copy' }).count(), 0);

  assert.equal((await view(page).locator('h2').textContent()).trim(), CAMPAIGN.title.en);
  assert.deepEqual(await texts(view(page).locator('h3')), ['Research', 'Post', 'Launchpool']);

  // Research: each step's title as a heading, its text, its facts with their sources as links.
  assert.deepEqual(await texts(view(page).locator('.research-step h4')), CAMPAIGN.research.map((step) => step.title.en));
  for (const step of CAMPAIGN.research) {
    const article = view(page).locator(`.research-step[data-step="${step.id}"]`);
    assert.ok((await article.textContent()).includes(step.body.en.slice(0, 40)), `${step.id} shows its text`);
    const facts = article.locator('.facts > li');
    assert.equal(await facts.count(), step.facts.length, `${step.id} lists every fact`);
    for (const [index, fact] of step.facts.entries()) {
      const item = facts.nth(index);
      assert.ok((await item.textContent()).includes(fact.text.en), `${step.id} fact ${index}`);
      const link = item.locator('a');
      assert.equal(await link.getAttribute('href'), fact.source.url);
      assert.equal(await link.getAttribute('target'), '_blank');
      assert.match(await link.getAttribute('rel'), /\bnoopener\b/);
      assert.ok((await link.textContent()).includes(fact.source.title));
    }
    assert.equal(await article.getByRole('checkbox', { name: 'Done with this step' }).count(), 1);
    assert.equal(await article.getByRole('textbox', { name: 'My notes' }).count(), 1);
  }

  // The post: the draft's field, the readiness and the checklist.
  assert.equal(await view(page).getByRole('textbox', { name: 'Your post' }).count(), 1);
  assert.match(await view(page).locator('.readiness').textContent(), /^\d+ \/ \d+ checks pass/);
  assert.equal(await view(page).locator('.checklist li[data-id="link.spot"]').getAttribute('data-status'), 'fail');

  // The launchpool: its steps, its pools, the pool page, the announced figures with their sources.
  const launchpool = CAMPAIGN.launchpool;
  assert.deepEqual(await texts(view(page).locator('.launchpool-steps > li')), launchpool.steps.map((step) => step.en));
  const pools = await view(page).locator('.pools').textContent();
  for (const pool of launchpool.pools) assert.ok(pools.includes(pool.coin), `the ${pool.coin} pool is listed`);
  const poolPage = view(page).getByRole('link', { name: 'Open the launchpool page' });
  assert.equal(await poolPage.getAttribute('href'), launchpool.url);
  assert.equal(await poolPage.getAttribute('target'), '_blank');
  const figures = await view(page).locator('.announced').allTextContents();
  assert.ok(figures.some((text) => /Total reward: 2,250,000 OBOL/.test(text)), figures.join(' | '));
  assert.ok(figures.some((text) => /APR: up to 168%/.test(text)), figures.join(' | '));
  assert.ok(figures.every((text) => text.includes('announcement\'s claim')), 'the figures are marked as the announcement\'s claims');
  assert.equal(await view(page).locator('.launchpool-facts > li').count(), launchpool.facts.length);
  assert.deepEqual(problems, []);
  await context.close();
});

test('work done in the text view is the drawn view\'s, and back: the draft, its Fix, a step done, notes', async () => {
  const { context, page, problems } = await openPage(harness.browser, `${harness.server.url}?lang=en`);
  await chooseTextView(page);

  // Typing the draft: the checklist follows when typing pauses; a Fix mends the near-miss link.
  const draft = view(page).getByRole('textbox', { name: 'Your post' });
  await draft.click();
  await page.keyboard.type('Following $OBOL https://www.gate.io/trade/OBOL_BTC');
  const spot = view(page).locator('.checklist li[data-id="link.spot"]');
  await spot.locator('.finding-message', { hasText: 'OBOL_BTC' }).waitFor();
  assert.equal(await spot.getAttribute('data-status'), 'fail');
  await spot.getByRole('button', { name: 'Fix' }).click();
  await view(page).locator('.checklist li[data-id="link.spot"][data-status="pass"]').waitFor();
  assert.match(await draft.inputValue(), /OBOL_USDT/);
  const fixedDraft = await draft.inputValue();

  // A step done and notes written, saved into the progress as the drawn panels save them.
  const step = view(page).locator('.research-step[data-step="what-is-obol"]');
  await step.getByRole('checkbox', { name: 'Done with this step' }).check();
  assert.match(await view(page).locator('.research-progress').textContent(), /^1 of 3 steps done/);
  await step.getByRole('textbox', { name: 'My notes' }).click();
  await page.keyboard.type('Distributed validators, many operators');
  await savedProgressSatisfies(page, (progress) => progress.done_steps.includes('what-is-obol') &&
    progress.notes['what-is-obol'] === 'Distributed validators, many operators' && progress.draft.includes('OBOL_USDT'));

  // The drawn view has all of it.
  await chooseDrawnView(page);
  assert.equal(await page.locator('campaign-widget .text-view').count(), 0, 'the text view is gone');
  assert.equal(await page.evaluate(() => window.campaignWidget.view), 'drawn');
  assert.equal(await page.evaluate(() => window.campaignWidget.draft), fixedDraft);
  const progress = await progressOf(page);
  assert.deepEqual(progress.done_steps, ['what-is-obol']);
  assert.equal(progress.notes['what-is-obol'], 'Distributed validators, many operators');
  const tab = await centreOf(page, 'tab-draft');
  await page.mouse.click(tab.x, tab.y);
  await waitForIdle(page);
  assert.ok(await page.evaluate(() => window.campaignWidget.itemRect('draft-editor')), 'the drawn draft panel is there');

  // Work done in the drawn view shows in the text view when it opens again.
  await page.evaluate(() => { window.campaignWidget.draft = 'drawn-view draft'; });
  await waitForIdle(page);
  await chooseTextView(page);
  assert.equal(await view(page).getByRole('textbox', { name: 'Your post' }).inputValue(), 'drawn-view draft');
  assert.equal(await step.getByRole('checkbox', { name: 'Done with this step' }).isChecked(), true);
  assert.equal(await step.getByRole('textbox', { name: 'My notes' }).inputValue(), 'Distributed validators, many operators');

  // A draft the page sets while the text view is shown appears in its field.
  await page.evaluate(() => { window.campaignWidget.draft = 'set by the page'; });
  await page.waitForFunction(() => window.campaignWidget.shadowRoot.querySelector('textarea.draft').value === 'set by the page');
  assert.deepEqual(problems, []);
  await context.close();
});

test('"Copy post" and "Start from my notes" in the text view do what the drawn ones do', async () => {
  const { context, page, problems } = await openPage(harness.browser, `${harness.server.url}?view=text&lang=en`);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: harness.server.url });
  const step = view(page).locator('.research-step[data-step="what-is-obol"]');
  await step.getByRole('textbox', { name: 'My notes' }).fill('Obol runs one validator on many machines.');
  await view(page).getByRole('button', { name: 'Start from my notes' }).click();
  const draft = view(page).getByRole('textbox', { name: 'Your post' });
  assert.match(await draft.inputValue(), /Obol runs one validator on many machines\./, 'the outline holds the notes');
  assert.equal(await page.evaluate(() => window.campaignWidget.draft), await draft.inputValue());

  await draft.fill('copied from the text view $OBOL');
  await view(page).getByRole('button', { name: 'Copy post' }).click();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'copied from the text view $OBOL');
  await view(page).getByRole('button', { name: 'Copied' }).waitFor();
  await view(page).getByRole('button', { name: 'Copy post' }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('a format 2 campaign\'s item only the person can confirm is a box to tick in the text view (embed.html?view=text)', async () => {
  const url = `${harness.server.url}embed.html?view=text&lang=en&campaign=campaigns/gate-square-2026-first-post.json`;
  const { context, page, problems } = await openPage(harness.browser, url);
  const row = view(page).locator('.checklist li[data-id="confirm.original"]');
  assert.equal(await row.getAttribute('data-status'), 'fail');
  await row.getByRole('checkbox', { name: /I wrote this myself/ }).check();
  await view(page).locator('.checklist li[data-id="confirm.original"][data-status="pass"]').waitFor();
  assert.deepEqual((await page.evaluate(() => window.campaignWidget.progress)).confirmed, ['confirm.original']);
  assert.equal(await view(page).locator('.checklist li[data-id="confirm.original"] input').evaluate((box) => box === box.getRootNode().activeElement),
    true, 'the box keeps the keyboard\'s focus when the list is made anew');
  assert.deepEqual(await texts(view(page).locator('h3')), ['Research', 'Post', 'Launchpool']);
  assert.equal(await view(page).locator('section').last().textContent().then((text) => text.includes('This campaign has no launchpool.')), true);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the keyboard alone opens the text view from the header and comes back', async () => {
  const { context, page } = await openPage(harness.browser, `${harness.server.url}?lang=en`);
  await page.keyboard.press('Tab'); // into the widget
  await waitForIdle(page);
  await page.keyboard.press('Tab'); // the first control: "Text view"
  await waitForIdle(page);
  assert.equal(await page.evaluate(() => window.campaignWidget.focusedControl), 'text-view');
  await page.keyboard.press('Enter');
  await view(page).waitFor();
  const focused = () => page.evaluate(() => {
    const element = window.campaignWidget.shadowRoot.activeElement;
    return element ? `${element.tagName.toLowerCase()}${element.className ? '.' + element.className.split(' ')[0] : ''}` : '';
  });
  assert.equal(await focused(), 'div.text-view', 'the focus is at the top of the text view');
  await page.keyboard.press('Tab');
  assert.equal(await focused(), 'button.drawn-view');
  await page.keyboard.press('Enter');
  await page.locator('campaign-widget canvas').waitFor({ state: 'visible' });
  await waitForIdle(page);
  assert.equal(await page.evaluate(() => document.activeElement === window.campaignWidget), true, 'the focus stays in the widget');
  assert.equal(await view(page).count(), 0);
  assert.equal(await page.evaluate(() => window.campaignWidget.focusedControl), 'text-view',
    'back in the drawn widget, the keyboard goes on from "Text view"');
  await context.close();
});

test('a screen reader\'s activate on the drawn "Text view" (the semantic mirror\'s button) opens the text view', async () => {
  const { context, page, problems } = await openPage(harness.browser, `${harness.server.url}?lang=en`);
  await page.getByRole('button', { name: 'Text view', exact: true }).evaluate((button) => button.click()); // no pointer behind it
  await view(page).waitFor();
  assert.equal(await page.evaluate(() => window.campaignWidget.shadowRoot.activeElement.classList.contains('text-view')), true);
  assert.equal(await page.getByRole('region', { name: CAMPAIGN.title.en }).count(), 1, 'the view is a region named by the title');
  await view(page).getByRole('button', { name: 'Drawn view', exact: true }).evaluate((button) => button.click());
  await page.getByRole('button', { name: 'Text view', exact: true }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('the text view\'s language switch shows it in 中文, 繁體 and English, and is saved as the person\'s choice', async () => {
  const { context, page, problems } = await openPage(harness.browser, harness.server.url, { locale: 'en-US' });
  await chooseTextView(page);
  const draft = () => view(page).locator('textarea.draft');
  await draft().fill('my draft stays');

  await view(page).getByRole('button', { name: '中文', exact: true }).click();
  await page.waitForFunction(() => window.campaignWidget.shadowRoot.querySelector('.text-view')?.lang === 'zh');
  assert.deepEqual(await texts(view(page).locator('h3')), ['调研', '帖子', 'Launchpool']);
  assert.deepEqual(await texts(view(page).locator('.research-step h4')), CAMPAIGN.research.map((step) => step.title.zh));
  assert.equal(await view(page).getByRole('button', { name: '中文', exact: true }).getAttribute('aria-pressed'), 'true');
  assert.equal(await view(page).getByRole('button', { name: '图形版', exact: true }).count(), 1);
  assert.equal(await draft().inputValue(), 'my draft stays', 'switching the language loses nothing');
  await savedProgressSatisfies(page, (progress) => progress.language === 'zh');

  await view(page).getByRole('button', { name: '繁體', exact: true }).click();
  await page.waitForFunction(() => window.campaignWidget.shadowRoot.querySelector('.text-view')?.lang === 'zh-Hant');
  assert.deepEqual(await texts(view(page).locator('.research-step h4')), CAMPAIGN.research.map((step) => step.title['zh-Hant']));
  assert.match(await view(page).locator('.readiness').textContent(), /^已通過 \d+ \/ \d+ 項檢查/);
  await savedProgressSatisfies(page, (progress) => progress.language === 'zh-Hant');

  await view(page).getByRole('button', { name: 'English', exact: true }).click();
  await page.waitForFunction(() => window.campaignWidget.shadowRoot.querySelector('.text-view')?.lang === 'en');
  assert.deepEqual(await texts(view(page).locator('h3')), ['Research', 'Post', 'Launchpool']);
  await view(page).getByRole('button', { name: '中文', exact: true }).click();
  await page.waitForFunction(() => window.campaignWidget.shadowRoot.querySelector('.text-view')?.lang === 'zh');

  // The drawn view speaks the language chosen in the text view.
  await chooseDrawnView(page, '图形版');
  assert.equal(await page.evaluate(() => window.campaignWidget.lang), 'zh');
  assert.equal(await page.evaluate(() => window.campaignWidget.draft), 'my draft stays');
  assert.deepEqual(problems, []);
  await context.close();
});

test('?view=text opens the text view directly; the choice holds for the visit, not the next', async () => {
  const { context, page, problems } = await openPage(harness.browser, `${harness.server.url}?view=text&lang=en`);
  assert.equal(await canvasShown(page), false);
  assert.equal(await page.evaluate(() => window.campaignWidget.view), 'text');
  assert.equal((await view(page).locator('h2').textContent()).trim(), CAMPAIGN.title.en);
  await view(page).locator('textarea.draft').fill('typed in the text view');
  await chooseDrawnView(page);
  assert.ok(await page.evaluate(() => window.campaignWidget.itemRect('text-view')), 'the drawn widget\'s header is there');

  // Chosen in the header, the text view is not what the next visit opens with.
  await chooseTextView(page);
  await page.goto(`${harness.server.url}?lang=en`);
  await page.evaluate(() => window.campaignWidget.ready);
  await waitForIdle(page);
  assert.equal(await page.evaluate(() => window.campaignWidget.view), 'drawn');
  assert.equal(await canvasShown(page), true);
  assert.equal(await page.evaluate(() => window.campaignWidget.draft), 'typed in the text view');
  assert.deepEqual(problems, []);
  await context.close();
});

test('view="text" on the element opens the text view on a host page', async () => {
  const { context, page, problems } = await openPage(harness.browser, `${harness.server.url}test-pages/text-view-host.html`);
  assert.equal(await page.evaluate(() => window.campaignWidget.view), 'text');
  assert.equal(await canvasShown(page), false);
  assert.equal(await view(page).getAttribute('lang'), 'en');
  assert.deepEqual(await texts(view(page).locator('h3')), ['Research', 'Post', 'Launchpool']);
  await chooseDrawnView(page);
  assert.equal(await page.evaluate(() => window.campaignWidget.view), 'drawn');
  assert.deepEqual(problems, []);
  await context.close();
});

for (const lang of ['zh', 'en']) {
  test(`on a 390 × 844 phone the text view fits the width (${lang})`, async () => {
    const { context, page } = await openPage(harness.browser, `${harness.server.url}?lang=${lang}`,
      { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const button = await page.evaluate(() => window.campaignWidget.itemRect('text-view'));
    assert.ok(button && button.x >= 0 && button.x + button.width <= 390, `the header's button fits: ${JSON.stringify(button)}`);
    await page.touchscreen.tap(button.x + button.width / 2, button.y + button.height / 2);
    await view(page).waitFor();
    // A finger on the text view's own field: it takes the typing (nothing of the drawn widget takes the tap).
    await view(page).locator('textarea.draft').tap();
    await page.keyboard.type('https://www.gate.io/launchpool/OBOL?pid=291'.repeat(6));
    await view(page).locator('.checklist li[data-id="link.launchpool"][data-status="pass"]').waitFor();

    const overflow = await page.evaluate(() => {
      const root = window.campaignWidget.shadowRoot;
      const textView = root.querySelector('.text-view');
      const wide = [...textView.querySelectorAll('*')].filter((element) => element.getBoundingClientRect().right > 390.5)
        .map((element) => `${element.tagName.toLowerCase()}.${element.className}: ${Math.round(element.getBoundingClientRect().right)}`);
      return { page: document.documentElement.scrollWidth, view: textView.scrollWidth - textView.clientWidth, wide };
    });
    assert.deepEqual(overflow, { page: 390, view: 0, wide: [] });
    await context.close();
  });
}

test('under the strict Content-Security-Policy the text view works with no violation and no request of its own', async () => {
  const { context, page, problems, requests } = await openPage(harness.browser, `${harness.server.url}index.html?csp&view=text&lang=en`);
  const before = requests.length;
  await view(page).locator('textarea.draft').fill('csp $OBOL https://www.gate.io/trade/OBOL_USDT');
  await view(page).locator('.checklist li[data-id="link.spot"][data-status="pass"]').waitFor();
  await view(page).getByRole('button', { name: '中文', exact: true }).click();
  await page.waitForFunction(() => window.campaignWidget.shadowRoot.querySelector('.text-view').lang === 'zh');
  await chooseDrawnView(page, '图形版');
  assert.equal(await page.evaluate(() => window.campaignWidget.draft), 'csp $OBOL https://www.gate.io/trade/OBOL_USDT');
  assert.deepEqual(problems, []);
  assert.deepEqual(requests.slice(before), [], 'the text view fetches nothing');
  await context.close();
});

// axe-core's violations in the page, each as "rule: the elements it names".
async function axeViolations(page) {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => (await window.axe.run(document)).violations);
  return violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

for (const lang of ['zh', 'en']) {
  test(`axe-core finds no violation in the text view (${lang})`, async () => {
    const { context, page } = await openPage(harness.browser, `${harness.server.url}?view=text&lang=${lang}`,
      { viewport: { width: 1000, height: 800 } });
    // A draft with findings of every status, so the checklist's marks and Fix buttons are audited too.
    await view(page).locator('textarea.draft').fill('$OBOL https://www.gate.io/trade/OBOL_BTC #Obol');
    await view(page).locator('.checklist li[data-id="link.spot"] .fix').waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await context.close();
  });
}

test('axe-core finds no violation in the text view in the dark theme (embed.html?theme=dark)', async () => {
  const { context, page } = await openPage(harness.browser, `${harness.server.url}embed.html?view=text&lang=en&theme=dark`,
    { viewport: { width: 1000, height: 800 } });
  assert.match(await view(page).getAttribute('class'), /\bdark\b/);
  await view(page).locator('textarea.draft').fill('$OBOL https://www.gate.io/trade/OBOL_BTC #Obol');
  await view(page).locator('.checklist li[data-id="link.spot"] .fix').waitFor();
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});
