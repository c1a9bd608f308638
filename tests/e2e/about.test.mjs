// "About" in the header opens on a tap, a click, Enter and Space: a small panel (a dialog to assistive
// technology) with the version, the campaign's source, the licence and the third-party notices. Its
// target is at least 24 × 24 CSS px and Tab reaches it; Escape or a tap outside closes the panel and
// gives the focus back. Found: "关于" did nothing on a tap, was 28 × 16 px, and Tab skipped it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

import { centreOf, openPage, waitForIdle } from './support/browser.mjs';
import { DIST, serveWidgetAndLaunchBrowser } from './support/harness.mjs';

const CAMPAIGN = JSON.parse(fs.readFileSync(path.join(DIST, 'campaigns/obol.json'), 'utf8'));
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 };
const DESKTOP = { viewport: { width: 1280, height: 800 } };
const ABOUT = { zh: '关于', 'zh-Hant': '關於', en: 'About' };

const harness = serveWidgetAndLaunchBrowser();

const rectOf = (page, id) => page.evaluate((name) => window.campaignWidget.itemRect(name), id);
const mirror = (page) => page.locator('campaign-widget .campaign-widget-mirror');
const dialog = (page, lang) => mirror(page).getByRole('dialog', { name: ABOUT[lang] });
const focusedControl = (page) => page.evaluate(() => window.campaignWidget.focusedControl);

async function press(page, key) {
  await page.keyboard.press(key);
  await waitForIdle(page);
}

// What the panel says, as a screen reader reads it: every name in the dialog, in order.
async function panelText(page, lang) {
  return dialog(page, lang).evaluate((element) => {
    const names = [];
    for (const node of element.querySelectorAll('*')) {
      const name = node.getAttribute('aria-label') || (node.children.length === 0 ? node.textContent : '');
      if (name) names.push(name);
    }
    return names.join('\n');
  });
}

async function assertPanelContents(page, lang) {
  const text = await panelText(page, lang);
  const version = await page.evaluate(() => window.campaignWidget.version);
  assert.ok(text.includes(version), `the version ${version} is in the panel:\n${text}`);
  assert.match(text, /Dear ImGui/);
  assert.match(text, /MIT/);
  assert.match(text, /OpenCC/);
  assert.match(text, /Apache-2\.0/);
  const links = await dialog(page, lang).getByRole('link').evaluateAll((elements) => elements.map((element) => element.getAttribute('data-href')));
  assert.ok(links.includes(CAMPAIGN.announcement.url), `the campaign's source ${CAMPAIGN.announcement.url} is a link: ${links}`);
}

for (const lang of ['zh', 'zh-Hant', 'en']) {
  test(`on a phone "About" is at least 24 × 24 px and opens on a tap; a tap outside closes it (${lang})`, async () => {
    const { context, page, problems } = await openPage(harness.browser, `${harness.server.url}?lang=${lang}`, PHONE);
    const about = await rectOf(page, 'about');
    assert.ok(about.width >= 24 && about.height >= 24, `About is ${about.width} × ${about.height} CSS px`);
    assert.equal(await mirror(page).getByRole('button', { name: ABOUT[lang], exact: true }).count(), 1, 'About is a button');

    const centre = await centreOf(page, 'about');
    await page.touchscreen.tap(centre.x, centre.y);
    await waitForIdle(page);
    assert.equal(await dialog(page, lang).count(), 1, 'the About panel is open');
    const panel = await rectOf(page, 'about-panel');
    assert.ok(panel && panel.x >= 0 && panel.x + panel.width <= 390, `the panel fits the phone's width: ${JSON.stringify(panel)}`);
    await assertPanelContents(page, lang);

    // A tap outside the panel, on the readiness line's text (nothing to press there), closes it.
    const readiness = await rectOf(page, 'readiness');
    await page.touchscreen.tap(readiness.x + 4, readiness.y + readiness.height / 2);
    await waitForIdle(page);
    assert.equal(await dialog(page, lang).count(), 0, 'the panel closed');
    assert.equal(await rectOf(page, 'about-panel'), null);
    assert.equal(await page.evaluate(() => window.campaignWidget.view), 'drawn', 'the tap outside pressed nothing else');
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('About opens on a click and closes with its Close button', async () => {
  const { context, page, problems } = await openPage(harness.browser, `${harness.server.url}?lang=en`, DESKTOP);
  const centre = await centreOf(page, 'about');
  await page.mouse.click(centre.x, centre.y);
  await waitForIdle(page);
  assert.equal(await dialog(page, 'en').count(), 1);
  await assertPanelContents(page, 'en');
  const close = await centreOf(page, 'about-close');
  await page.mouse.click(close.x, close.y);
  await waitForIdle(page);
  assert.equal(await dialog(page, 'en').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('Tab reaches About; Enter and Space open it, Escape closes it and the focus is back on About', async () => {
  const { context, page, problems } = await openPage(harness.browser, `${harness.server.url}?lang=en`, DESKTOP);
  await press(page, 'Tab'); // into the widget
  const passed = [];
  for (let presses = 0; presses < 12 && (await focusedControl(page)) !== 'about'; presses++) {
    await press(page, 'Tab');
    passed.push(await focusedControl(page));
  }
  assert.equal(await focusedControl(page), 'about', `Tab went through ${passed.join(', ')}`);

  for (const key of ['Enter', 'Space']) {
    await press(page, key);
    assert.equal(await dialog(page, 'en').count(), 1, `${key} opens the panel`);
    await press(page, 'Escape');
    assert.equal(await dialog(page, 'en').count(), 0, `Escape closes the panel opened by ${key}`);
    assert.equal(await focusedControl(page), 'about', 'the focus is back on About');
    assert.equal(await page.evaluate(() => document.activeElement === window.campaignWidget), true, 'the widget keeps the focus');
  }
  assert.deepEqual(problems, []);
  await context.close();
});
