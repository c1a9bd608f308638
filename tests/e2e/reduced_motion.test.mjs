// prefers-reduced-motion: with "reduce", nothing in the widget or on its pages moves by itself.
// The one animation the widget has (src/ui/motion.h): a tab bar too narrow for its tabs slides to the
// tab the keyboard reaches. With "reduce" it is there in the first frame that shows the change, from
// the start or when the setting changes while the page is open; without, it slides over several frames
// (where frames come fast enough) and arrives. The pages have no CSS transition, animation or smooth
// scrolling under "reduce". "Copied" (as "Saved") changes a label, with no fade, either way.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { centreOf, clickControl, openPage, waitForIdle } from './support/browser.mjs';
import { serveWidgetAndLaunchBrowser } from './support/harness.mjs';

const harness = serveWidgetAndLaunchBrowser();

// A widget narrower than its three tabs: the tab bar scrolls.
const NARROW = { width: 170, height: 500 };

const focusedControl = (page) => page.evaluate(() => window.campaignWidget.focusedControl);

// Records, for every frame the widget draws, where the Launchpool tab is (its left edge).
async function recordTabPositions(page) {
  await page.evaluate(() => {
    const widget = window.campaignWidget;
    window.tabPositions = [];
    let lastFrame = -1;
    const sample = () => {
      if (widget.stats.frames !== lastFrame) {
        lastFrame = widget.stats.frames;
        const rect = widget.itemRect('tab-launchpool');
        window.tabPositions.push({ x: rect ? rect.x : null });
      }
      window.sampling = requestAnimationFrame(sample);
    };
    sample();
  });
}

// Tabs with the keyboard to the Draft tab, then on to the Launchpool tab, the last, which the narrow
// tab bar scrolls into view, back (Shift+Tab) and on again: the tab bar slides each time. Returns the
// Launchpool tab's left edge in each frame drawn from the first of those presses on, and where it
// rested after each (before the first press, and after each).
async function tabBackAndForth(page) {
  await page.keyboard.press('Tab'); // into the widget
  await waitForIdle(page);
  for (let presses = 0; presses < 20; presses++) {
    if (await focusedControl(page) === 'tab-draft') break;
    await page.keyboard.press('Tab');
    await waitForIdle(page);
  }
  assert.equal(await focusedControl(page), 'tab-draft');
  const restingAt = async () => (await page.evaluate(() => window.campaignWidget.itemRect('tab-launchpool'))).x;
  const rests = [await restingAt()];
  await recordTabPositions(page);
  for (const [key, reached] of [['Tab', 'tab-launchpool'], ['Shift+Tab', 'tab-draft'], ['Tab', 'tab-launchpool']]) {
    await page.keyboard.press(key);
    await waitForIdle(page);
    assert.equal(await focusedControl(page), reached);
    rests.push(await restingAt());
  }
  const positions = await page.evaluate(() => {
    cancelAnimationFrame(window.sampling);
    return window.tabPositions.map((p) => p.x);
  });
  return { positions, rests };
}

const inView = async (page) => {
  const rect = await page.evaluate(() => window.campaignWidget.itemRect('tab-launchpool'));
  return rect.x >= 0 && rect.x + rect.width <= NARROW.width;
};

// The positions in order, without repeats.
const path = (positions) => positions.filter((x, i) => x !== null && (i === 0 || x !== positions[i - 1]));

// How many steps the tab bar slides in depends on the frames' pace (a slide starting in a frame after a
// long pause ends in that frame): this test shows that it slides on a machine where frames come fast
// enough, and that it always arrives.
test('without reduced motion, the narrow tab bar slides to the tab the keyboard reaches, and arrives', async (t) => {
  const { context, page, problems } = await openPage(harness.browser, `${harness.server.url}?lang=en`,
    { viewport: NARROW, reducedMotion: 'no-preference' });
  const { positions, rests } = await tabBackAndForth(page);
  const between = path(positions).filter((x) => !rests.includes(x));
  t.diagnostic(`positions ${path(positions).join(' → ')}; resting at ${rests.join(', ')}; ${between.length} between`);
  assert.ok(rests[1] < rests[0], 'the tab bar scrolled to the Launchpool tab');
  assert.ok(await inView(page), 'the Launchpool tab ends in view');
  assert.deepEqual(problems, []);
  await context.close();
});

for (const when of ['from the start', 'switched on while the page is open']) {
  test(`with reduced motion ${when}, the narrow tab bar jumps to the tab in one frame`, async (t) => {
    const { context, page, problems } = await openPage(harness.browser, `${harness.server.url}?lang=en`,
      { viewport: NARROW, reducedMotion: when === 'from the start' ? 'reduce' : 'no-preference' });
    if (when !== 'from the start') {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await waitForIdle(page);
    }
    const { positions, rests } = await tabBackAndForth(page);
    const between = path(positions).filter((x) => !rests.includes(x));
    t.diagnostic(`positions ${path(positions).join(' → ')}; resting at ${rests.join(', ')}`);
    assert.deepEqual(between, [], `each move is one step from rest to rest (${rests.join(', ')}): ${path(positions).join(' → ')}`);
    assert.ok(rests[1] < rests[0], 'the tab bar scrolled to the Launchpool tab');
    assert.ok(await inView(page), 'the Launchpool tab ends in view');
    assert.deepEqual(problems, []);
    await context.close();
  });
}

// "Copied" is a label that changes and changes back: no fade, so no frame per step of one. From the
// click until it is gone and the widget idle, a handful of frames (the click's, the settle frames, the
// one that takes it away after 2 s), alike with and without reduced motion; a fade would draw ~120.
for (const reducedMotion of ['reduce', 'no-preference']) {
  test(`"Copied" comes and goes in a handful of frames, with ${reducedMotion} motion`, async (t) => {
    const { context, page, problems } = await openPage(harness.browser, `${harness.server.url}?lang=en`, { reducedMotion });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: harness.server.url });
    await clickControl(page, 'tab-draft');
    const frames = () => page.evaluate(() => window.campaignWidget.stats.frames);
    const before = await frames();
    const copy = await centreOf(page, 'copy-post');
    await page.mouse.click(copy.x, copy.y);
    await page.waitForFunction(() => window.campaignWidget.itemRect('copied') !== null);
    await page.waitForFunction(() => window.campaignWidget.itemRect('copied') === null);
    await waitForIdle(page);
    const drawn = (await frames()) - before;
    t.diagnostic(`${drawn} frames from the click until "Copied" is gone`);
    assert.ok(drawn <= 20, `${drawn} frames`);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

// Every element of the page and of the widgets' shadow roots: none has a CSS transition or animation,
// none is animating, and nothing scrolls smoothly.
function motionOnPage() {
  const found = [];
  const visit = (root) => {
    for (const element of root.querySelectorAll('*')) {
      const style = getComputedStyle(element);
      const name = element.tagName.toLowerCase() + (element.id ? '#' + element.id : '');
      if (style.transitionDuration.split(',').some((d) => parseFloat(d) > 0)) found.push(`${name}: transition ${style.transitionDuration}`);
      if (style.animationName !== 'none') found.push(`${name}: animation ${style.animationName}`);
      if (style.scrollBehavior === 'smooth') found.push(`${name}: scroll-behavior smooth`);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(document);
  for (const animation of document.getAnimations({ subtree: true })) found.push(`running: ${animation.constructor.name}`);
  return found;
}

for (const file of ['index.html', 'embed.html', 'demo-blog.html']) {
  test(`${file} under reduced motion has no transition, animation or smooth scrolling`, async () => {
    const context = await harness.browser.newContext({ viewport: { width: 1000, height: 800 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${harness.server.url}${file}?lang=en`);
    await page.evaluate(() => Promise.all([...document.querySelectorAll('campaign-widget')].map((widget) => widget.ready)));
    assert.equal(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches), true);
    assert.deepEqual(await page.evaluate(motionOnPage), []);
    await context.close();
  });
}
