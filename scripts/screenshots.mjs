// Screenshots of the widget for the docs: docs/screenshots/PANEL-LANG.png, each panel in Chinese and
// English, 900×640 CSS pixels at devicePixelRatio 1, light colour scheme, with some work done in it.
//
//   make web && node scripts/screenshots.mjs
//
// Each panel has one function that brings the widget into the state worth showing; add a panel by
// adding a function to PANELS.
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { centreOf, clickControl, launchChromium, openPage, waitForIdle } from '../tests/e2e/support/browser.mjs';
import { startStaticServer } from '../tests/e2e/support/static_server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const out = path.join(root, 'docs/screenshots');
const VIEWPORT = { width: 900, height: 640 };
const LANGUAGES = ['zh', 'en'];

// One long paragraph, as people write notes: the editor wraps it at the field's width.
const NOTES = {
  zh: '几家运营商共同运行一个验证器，一台机器宕机也不会掉线。公告：保障超过 10 亿美元；Obol 论坛：32 亿美元（2025 年底）。',
  en: 'Several operators run one validator: one machine going down does not stop it. Announcement: $1B secured. Obol\'s forum: $3.2B (late 2025).',
};

// Clicks a named field, selects what it holds and types over it, as a person would.
async function typeInto(page, testId, text) {
  const centre = await centreOf(page, testId);
  await page.mouse.click(centre.x, centre.y);
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(text);
  await waitForIdle(page); // typed text reaches the field in the next frame
}

// Moves the pointer where it highlights nothing, and lets the widget settle.
async function settle(page) {
  await page.mouse.move(VIEWPORT.width - 4, VIEWPORT.height - 4);
  await waitForIdle(page);
}

// The research walkthrough: the first step with a note, two of three steps done.
async function research(page, lang) {
  await clickControl(page, 'tab-research');
  await typeInto(page, 'step-notes:what-is-obol', NOTES[lang]);
  await clickControl(page, 'step-done:what-is-obol');
  await clickControl(page, 'step-next');
  await clickControl(page, 'step-done:dv-advantages');
  await clickControl(page, 'step-prev');
}

// The launchpool guide with the estimator filled in.
async function launchpool(page) {
  await clickControl(page, 'tab-launchpool');
  await typeInto(page, 'estimator-stake', '5000');
  await page.keyboard.press('Enter');
  await typeInto(page, 'estimator-days', '30');
  await page.keyboard.press('Enter');
}

// The draft with one near-miss link and a missing one: lights of every colour, Fix buttons.
const DRAFTS = {
  zh: '关注 $OBOL！Obol 用分布式验证器（DV）让多家运营商共同运行一个验证器，没有单点故障。\n' +
    '现货交易：https://www.gate.io/trade/OBOL_BTC\n' +
    'Launchpool 质押 GT、BTC 或 OBOL，瓜分 2,250,000 OBOL。',
  en: 'Follow $OBOL! Obol uses distributed validators (DVs): several operators run one validator, with no single point of failure.\n' +
    'Trade it: https://www.gate.io/trade/OBOL_BTC\n' +
    'Launchpool: stake GT, BTC or OBOL to share 2,250,000 OBOL.',
};

async function draft(page, lang) {
  await clickControl(page, 'tab-draft');
  await page.evaluate((text) => { window.campaignWidget.draft = text; }, DRAFTS[lang]);
  await waitForIdle(page);
}

// Every script the browser's fonts draw: Traditional Chinese, rare name characters, Japanese, Korean,
// symbols and colour emoji; the widget counts no missing glyph (stats.missingGlyphs).
const EVERY_SCRIPT = [
  '繁體：這個項目的分佈式驗證器很穩定，質押體驗優秀',
  '名字：喆 堃 珺 昇 犇 𠮷',
  '日本語：ステーキングは簡単です',
  '한국어: 스테이킹 보상',
  '符号：→ ★ ① ℃ ™ ✓',
  'Emoji 🚀🔥💰👍 👋🏽 🇨🇳',
].join('\n');

async function glyphs(page) {
  await clickControl(page, 'tab-draft');
  await page.evaluate((text) => { window.campaignWidget.draft = text; }, EVERY_SCRIPT);
  await waitForIdle(page);
  const missing = await page.evaluate(() => window.campaignWidget.stats.missingGlyphs);
  if (missing !== 0) console.warn(`glyphs: ${missing} missing glyphs`);
}

const PANELS = { research, draft, launchpool, glyphs };

const PHONE_DRAFT = '关注 $OBOL！Obol 是一个分布式验证器网络：它把一个验证器的职责分给多家运营商的节点共同完成，' +
  '任何一个节点出问题，验证器仍然在线，以太坊质押因此更安全、更去中心化。Gate.io 的 OBOL Launchpool 质押 GT、BTC 或 ' +
  'OBOL 即可瓜分 2,250,000 OBOL，公告称年化收益率最高 168%。现货交易：https://www.gate.io/trade/OBOL_BTC ' +
  '参与：https://www.gate.io/launchpool/OBOL?pid=291';

async function main() {
  await fs.mkdir(out, { recursive: true });
  const server = await startStaticServer(dist);
  const browser = await launchChromium();
  try {
    for (const [name, prepare] of Object.entries(PANELS)) {
      for (const lang of LANGUAGES) {
        const { context, page, problems } = await openPage(browser, `${server.url}?lang=${lang}`, {
          viewport: VIEWPORT,
          deviceScaleFactor: 1,
          colorScheme: 'light',
        });
        await prepare(page, lang);
        await settle(page);
        const file = path.join(out, `${name}-${lang}.png`);
        await page.screenshot({ path: file });
        if (problems.length) console.warn(`${name}-${lang}: ${problems.join('; ')}`);
        console.log(path.relative(root, file));
        await context.close();
      }
    }
    // The draft on a phone (390 × 844, touch, devicePixelRatio 2), light and dark: a long Chinese
    // paragraph wrapped in the editor, a wrong link marked, its popover opened by a tap.
    for (const scheme of ['light', 'dark']) {
      const { context, page } = await openPage(browser, `${server.url}?lang=zh`, {
        viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2, colorScheme: scheme,
      });
      const tab = await centreOf(page, 'tab-draft');
      await page.touchscreen.tap(tab.x, tab.y);
      await waitForIdle(page);
      await page.evaluate((text) => { window.campaignWidget.draft = text; }, PHONE_DRAFT);
      await waitForIdle(page);
      const mark = await page.evaluate(() => window.campaignWidget.itemRect('mark:link.spot'));
      if (mark) await page.touchscreen.tap(mark.x + mark.width / 2, mark.y + mark.height / 2);
      await waitForIdle(page);
      const file = path.join(out, `draft-phone-zh${scheme === 'dark' ? '-dark' : ''}.png`);
      await page.screenshot({ path: file });
      console.log(path.relative(root, file));
      await context.close();
    }
    // A research step on a phone in Traditional Chinese: the notes on the first screen, before the facts;
    // then the About panel opened by a tap.
    {
      const { context, page } = await openPage(browser, `${server.url}?lang=zh-Hant`, {
        viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2, colorScheme: 'light',
      });
      for (const [name, tap] of [['research-phone-zh-Hant', null], ['about-phone-zh-Hant', 'about']]) {
        if (tap) {
          const centre = await centreOf(page, tap);
          await page.touchscreen.tap(centre.x, centre.y);
          await waitForIdle(page);
        }
        const file = path.join(out, `${name}.png`);
        await page.screenshot({ path: file });
        console.log(path.relative(root, file));
      }
      await context.close();
    }
    // The demo blog: the widgets embedded in an article.
    const context = await browser.newContext({ viewport: { width: 900, height: 1300 }, colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(`${server.url}demo-blog.html`);
    await page.evaluate(() => Promise.all([...document.querySelectorAll('campaign-widget')].map((widget) => widget.ready)));
    await page.waitForTimeout(500);
    await page.screenshot({ path: path.join(out, 'demo-blog.png') });
    console.log('docs/screenshots/demo-blog.png');
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
