// The research walkthrough as a person uses it: steps done and undone, notes typed with real keys,
// previous and next, a source opened in a new tab, the language switched, a phone-sized widget.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { centreOf, clickControl, openPage, readPixels, waitForIdle } from './support/browser.mjs';
import { serveWidgetAndLaunchBrowser } from './support/harness.mjs';

const STEPS = ['what-is-obol', 'dv-advantages', 'tokenomics']; // assets/campaigns/obol.json

const harness = serveWidgetAndLaunchBrowser();

const progressOf = (page) => page.evaluate(() => window.campaignWidget.progress);
const rectOf = (page, testId) => page.evaluate((id) => window.campaignWidget.itemRect(id), testId);

async function openResearch(options) {
  const opened = await openPage(harness.browser, harness.server.url, options);
  await clickControl(opened.page, 'tab-research');
  return opened;
}

// The step on screen: the one whose "done" box is drawn.
async function currentStep(page) {
  const shown = [];
  for (const id of STEPS) if (await rectOf(page, `step-done:${id}`)) shown.push(id);
  assert.equal(shown.length, 1, `expected one step on screen, found ${shown.join(', ') || 'none'}`);
  return shown[0];
}

// Pages other than the widget's own server answer with a stub, so no test ever reaches the network.
async function stubTheOutsideWorld(context) {
  await context.route('**/*', (route) => {
    if (route.request().url().startsWith(harness.server.url)) return route.continue();
    return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>stub</title>' });
  });
}

test('ticking steps done fills the progress bar, and unticking empties it again', async () => {
  const { context, page, problems } = await openResearch();
  const bar = await rectOf(page, 'research-progress');
  assert.ok(bar && bar.width > 100, 'the progress bar is drawn');
  // The bar's first fifth: empty at 0 of 3, filled from 1 of 3 on. Only its pixels tell.
  const start = { x: bar.x + 2, y: bar.y + 2, width: Math.round(bar.width / 5), height: bar.height - 4 };
  const empty = await readPixels(page, start);

  await clickControl(page, 'step-done:what-is-obol');
  assert.deepEqual((await progressOf(page)).done_steps, ['what-is-obol']);
  const filled = await readPixels(page, start);
  let differing = 0;
  for (let i = 0; i < empty.data.length; i += 4) if (empty.data[i] !== filled.data[i] || empty.data[i + 1] !== filled.data[i + 1]) differing++;
  assert.ok(differing > (start.width * start.height) / 2, `the bar's start changed in only ${differing} pixels`);

  await clickControl(page, 'step-next');
  await clickControl(page, 'step-done:dv-advantages');
  assert.deepEqual((await progressOf(page)).done_steps.sort(), ['dv-advantages', 'what-is-obol']);
  await clickControl(page, 'step-done:dv-advantages');
  assert.deepEqual((await progressOf(page)).done_steps, ['what-is-obol']);
  assert.deepEqual(problems, []);
  await context.close();
});

test('notes typed with real keys land in that step\'s notes, and each step keeps its own', async () => {
  const { context, page } = await openResearch();
  await clickControl(page, 'step-notes:what-is-obol');
  await page.keyboard.type('DV = 分布式验证器');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Charon sits between validator clients and beacon nodes!');
  await page.keyboard.press('Backspace');
  await waitForIdle(page);
  assert.deepEqual((await progressOf(page)).notes, {
    'what-is-obol': 'DV = 分布式验证器\nCharon sits between validator clients and beacon nodes',
  });

  await clickControl(page, 'step-next');
  await clickControl(page, 'step-notes:dv-advantages');
  await page.keyboard.type('容错');
  await waitForIdle(page);
  const { notes } = await progressOf(page);
  assert.equal(notes['dv-advantages'], '容错');
  assert.equal(notes['what-is-obol'], 'DV = 分布式验证器\nCharon sits between validator clients and beacon nodes');

  // Deleting every character leaves no note behind, not an empty one.
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await waitForIdle(page);
  assert.deepEqual(Object.keys((await progressOf(page)).notes), ['what-is-obol']);
  await context.close();
});

test('next and previous move between the steps and stop at the ends', async () => {
  const { context, page } = await openResearch();
  assert.equal(await currentStep(page), 'what-is-obol');
  await clickControl(page, 'step-prev'); // disabled on the first step
  assert.equal(await currentStep(page), 'what-is-obol');

  await clickControl(page, 'step-next');
  assert.equal(await currentStep(page), 'dv-advantages');
  await clickControl(page, 'step-next');
  assert.equal(await currentStep(page), 'tokenomics');
  await clickControl(page, 'step-next'); // disabled on the last step
  assert.equal(await currentStep(page), 'tokenomics');
  assert.ok(await rectOf(page, 'source:tokenomics:0'), 'the last step shows its own facts');
  assert.equal(await rectOf(page, 'source:what-is-obol:0'), null);

  await clickControl(page, 'step-prev');
  assert.equal(await currentStep(page), 'dv-advantages');
  await context.close();
});

test('coming back after a reload opens the step that was on screen, with the notes kept', async () => {
  const { context, page } = await openResearch();
  await clickControl(page, 'step-notes:what-is-obol');
  await page.keyboard.type('kept');
  await waitForIdle(page); // typed text reaches the field in the next frame: let it land first
  await clickControl(page, 'step-done:what-is-obol');
  await clickControl(page, 'step-next');
  await clickControl(page, 'step-next');
  assert.equal(await currentStep(page), 'tokenomics');
  await page.waitForFunction(() => JSON.parse(localStorage.getItem('campaign-widget:obol') || '{}').research_step === 'tokenomics');
  await page.reload();
  await page.evaluate(() => window.campaignWidget.ready);
  await waitForIdle(page);
  await clickControl(page, 'tab-research');
  assert.equal(await currentStep(page), 'tokenomics');
  const progress = await progressOf(page);
  assert.deepEqual(progress.done_steps, ['what-is-obol']);
  assert.equal(progress.notes['what-is-obol'], 'kept');
  await context.close();
});

test('a saved state from before the step was kept opens the first step not done', async () => {
  const context = await harness.browser.newContext({ viewport: { width: 800, height: 600 } });
  await context.addInitScript(() => {
    localStorage.setItem('campaign-widget:obol', JSON.stringify({ version: 1, campaign: 'obol', done_steps: ['what-is-obol'] }));
  });
  const page = await context.newPage();
  await page.goto(harness.server.url);
  await page.evaluate(() => window.campaignWidget.ready);
  await waitForIdle(page);
  await clickControl(page, 'tab-research');
  assert.equal(await currentStep(page), 'dv-advantages');
  await context.close();
});

test('clicking a source opens its address in a new tab, and the widget itself asks nothing of the network', async () => {
  const { context, page, requests, problems } = await openResearch();
  await stubTheOutsideWorld(context);

  const [documentation] = await Promise.all([context.waitForEvent('page'), clickControl(page, 'source:what-is-obol:0')]);
  await documentation.waitForLoadState();
  // The page its title names, not the repository's front page.
  assert.equal(documentation.url(), 'https://github.com/ObolNetwork/obol-gitbook/blob/HEAD/learn/intro/obol-collective.md');
  assert.equal(await documentation.evaluate(() => window.opener), null, 'the new tab has no handle on the widget');
  await documentation.close();

  // The announcement's claim (fact 6 of the first step) cites the pool page. It is below the fold:
  // the wheel over the facts scrolls them, and the footer with "done" stays put.
  const footer = await rectOf(page, 'step-done:what-is-obol');
  assert.ok((await rectOf(page, 'source:what-is-obol:5')).y > footer.y, 'the last fact starts below the fold');
  const facts = await centreOf(page, 'source:what-is-obol:0');
  await page.mouse.move(facts.x, facts.y);
  await page.mouse.wheel(0, 2000);
  await waitForIdle(page);
  const claimSource = await rectOf(page, 'source:what-is-obol:5');
  assert.ok(claimSource.y + claimSource.height < footer.y, 'the claim\'s source scrolled into view above the footer');
  assert.deepEqual(await rectOf(page, 'step-done:what-is-obol'), footer);
  const [pool] = await Promise.all([context.waitForEvent('page'), clickControl(page, 'source:what-is-obol:5')]);
  await pool.waitForLoadState();
  assert.equal(pool.url(), 'https://www.gate.io/launchpool/OBOL?pid=291');
  await pool.close();

  assert.deepEqual(requests.filter((url) => !url.startsWith(harness.server.url) && !url.startsWith('data:')), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('switching the language keeps the steps done, the notes and the step on screen', async () => {
  const { context, page } = await openResearch();
  await clickControl(page, 'step-done:what-is-obol');
  await clickControl(page, 'step-next');
  await clickControl(page, 'step-notes:dv-advantages');
  await page.keyboard.type('fault tolerance');
  await waitForIdle(page);
  const before = await progressOf(page);

  await page.evaluate(() => { window.campaignWidget.lang = 'en'; });
  await waitForIdle(page);
  assert.equal(await page.evaluate(() => window.campaignWidget.lang), 'en');
  assert.equal(await currentStep(page), 'dv-advantages');
  const after = await progressOf(page);
  assert.deepEqual(after.done_steps, before.done_steps);
  assert.deepEqual(after.notes, { 'dv-advantages': 'fault tolerance' });

  // The notes field still takes keys after the switch.
  await clickControl(page, 'step-notes:dv-advantages');
  await page.keyboard.press('End');
  await page.keyboard.type('!');
  await waitForIdle(page);
  assert.equal((await progressOf(page)).notes['dv-advantages'], 'fault tolerance!');
  await context.close();
});

test('on a 360 px phone every control and source fits the width, in both languages', async () => {
  for (const lang of ['zh', 'en']) {
    const { context, page, problems } = await openPage(harness.browser, `${harness.server.url}?lang=${lang}`, {
      viewport: { width: 360, height: 640 },
    });
    await clickControl(page, 'tab-research');
    for (const id of STEPS) {
      const ids = ['research-progress', `step-done:${id}`, `step-notes:${id}`, 'step-prev', 'step-next'];
      for (let fact = 0; await rectOf(page, `source:${id}:${fact}`); fact++) ids.push(`source:${id}:${fact}`);
      for (const testId of ids) {
        const rect = await rectOf(page, testId);
        assert.ok(rect, `${lang}: ${testId} is drawn`);
        assert.ok(rect.x >= 0 && rect.x + rect.width <= 360, `${lang}: ${testId} runs off the side: ${JSON.stringify(rect)}`);
      }
      const next = await centreOf(page, 'step-next');
      assert.ok(next.y < 640, `${lang}: next is on screen`);
      await clickControl(page, 'step-next');
    }
    assert.deepEqual(problems, []);
    await context.close();
  }
});
