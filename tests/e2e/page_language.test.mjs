// The page around the widget speaks the widget's language: index.html, embed.html and the offline file
// set <html lang> (zh-Hans, zh-Hant or en), their title and their heading from the language shown, and
// follow a switch made in the widget. Found: ?lang=en left <html lang="zh"> and the heading "活动清单".
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { centreOf, openPage, waitForIdle } from './support/browser.mjs';
import { serveWidgetAndLaunchBrowser } from './support/harness.mjs';

const harness = serveWidgetAndLaunchBrowser();

const EXPECTED = {
  zh: { lang: 'zh-Hans', name: '活动清单' },
  'zh-Hant': { lang: 'zh-Hant', name: '活動清單' },
  en: { lang: 'en', name: 'Campaign checklist' },
};

const pageLanguage = (page) => page.evaluate(() => ({
  lang: document.documentElement.lang,
  title: document.title,
  heading: document.querySelector('h1')?.textContent ?? null,
}));

for (const file of ['index.html', 'embed.html', 'campaign-widget-offline.html']) {
  for (const [lang, expected] of Object.entries(EXPECTED)) {
    test(`${file}?lang=${lang} is a page in ${expected.lang}: its lang, title and heading`, async () => {
      const { context, page, problems } = await openPage(harness.browser, `${harness.server.url}${file}?lang=${lang}`);
      const shown = await pageLanguage(page);
      assert.equal(shown.lang, expected.lang);
      assert.ok(shown.title.startsWith(expected.name), `the title "${shown.title}" is in ${expected.lang}`);
      assert.equal(shown.heading, expected.name);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
}

test('the page follows a language chosen in the widget', async () => {
  const { context, page, problems } = await openPage(harness.browser, `${harness.server.url}index.html?lang=en`);
  for (const [button, lang] of [['lang-zh-Hant', 'zh-Hant'], ['lang-zh', 'zh'], ['lang-en', 'en']]) {
    const centre = await centreOf(page, button);
    await page.mouse.click(centre.x, centre.y);
    await waitForIdle(page);
    const shown = await pageLanguage(page);
    assert.deepEqual({ lang: shown.lang, heading: shown.heading }, { lang: EXPECTED[lang].lang, heading: EXPECTED[lang].name },
      `after pressing ${button}`);
    assert.ok(shown.title.startsWith(EXPECTED[lang].name));
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('without ?lang the page speaks the language the widget chose from the browser\'s', async () => {
  const { context, page } = await openPage(harness.browser, `${harness.server.url}index.html`, { locale: 'zh-TW' });
  assert.equal(await page.evaluate(() => window.campaignWidget.lang), 'zh-Hant');
  assert.equal((await pageLanguage(page)).lang, 'zh-Hant');
  await context.close();
});
