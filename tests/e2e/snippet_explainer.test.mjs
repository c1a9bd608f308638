// The release's snippet says in the page why the widget did not appear (web/snippet-explainer.js, inline
// before the widget's script): a blog page made from build/release/snippet.html, the package unpacked on
// a CDN-like server of another origin. Where that server sends no Access-Control-Allow-Origin, the
// browser refuses the script (its integrity check needs CORS) and the element shows a sentence naming
// the likely causes at once; where it does, the widget starts and nothing of the sentence is left. The
// page's timers run on Playwright's clock, so "at once" and "10 s after load" are told apart exactly.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { launchChromium, waitForIdle } from './support/browser.mjs';
import { startStaticServer } from './support/static_server.mjs';
import { MANIFEST, SNIPPET, TARBALL } from '../release/release_files.mjs';

const PACKAGE_PATH = `${MANIFEST.name}@${MANIFEST.version}/`;
const SNIPPET_CDN = `https://cdn.example/npm/${PACKAGE_PATH}`;
// The snippet's words as the build made them, with their zh-Hant texts (make web).
const CATALOGUE = JSON.parse(fs.readFileSync(new URL('../../build/web/generated/i18n/snippet.json', import.meta.url), 'utf8'));
const SENTENCE = CATALOGUE['snippet.not-loaded'];
// What only the sentence says, in any of its languages (zh-Hant is converted at build time).
const ANY_SENTENCE = /CORS|Access-Control-Allow-Origin/;

let work;
let cdn;
let blog;
let browser;

// The snippet's first block (the CDN one), as a blogger pastes it, in an article.
function blogPage(packageUrl, { pageLang = 'en', element = null, withoutIntegrity = false } = {}) {
  let snippet = fs.readFileSync(SNIPPET, 'utf8');
  snippet = snippet.slice(snippet.indexOf('<campaign-widget'), snippet.indexOf('<!-- Self-hosted'));
  snippet = snippet.replaceAll(SNIPPET_CDN, packageUrl);
  if (element) snippet = snippet.replace(/<campaign-widget [^>]*>/, `<campaign-widget ${element}>`);
  if (withoutIntegrity) snippet = snippet.replace(/\s+integrity="[^"]*"/, '');
  return `<!doctype html>
<html lang="${pageLang}"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>My campaign notes</title></head>
<body><article><h1>My campaign notes</h1>
${snippet}
<p>Comments welcome.</p></article>
<script>window.campaignWidget = document.querySelector('campaign-widget');</script>
</body></html>`;
}

before(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'campaign-widget-explainer-'));
  execFileSync('tar', ['-xzf', TARBALL, '-C', work]);
  fs.cpSync(path.join(work, 'package'), path.join(work, 'tampered-wasm'), { recursive: true });
  const wasm = fs.readdirSync(path.join(work, 'tampered-wasm/dist')).find((name) => name.endsWith('.wasm'));
  const wasmPath = path.join(work, 'tampered-wasm/dist', wasm);
  const bytes = fs.readFileSync(wasmPath);
  bytes[bytes.length - 1] ^= 1;
  fs.writeFileSync(wasmPath, bytes);
  // A script that runs but defines no element: what a wrong file under the right name does.
  fs.mkdirSync(path.join(work, 'wrong-file/dist'), { recursive: true });
  fs.writeFileSync(path.join(work, 'wrong-file/dist/campaign-widget.js'), 'window.someOtherLibrary = {};\n');

  // /cors/ answers as a CDN for npm packages does; /plain/ as a static server that sends no CORS header.
  cdn = await startStaticServer(path.join(work, 'empty'), {
    '/cors/': path.join(work, 'package'),
    '/plain/': path.join(work, 'package'),
    '/cors-tampered-wasm/': path.join(work, 'tampered-wasm'),
    '/cors-wrong-file/': path.join(work, 'wrong-file'),
  }, (url) => (url.pathname.startsWith('/cors') ? { 'Access-Control-Allow-Origin': '*' } : {}));
  const pages = {
    'blocked.html': blogPage(`${cdn.url}plain/`),
    'blocked-en.html': blogPage(`${cdn.url}plain/`, { element: 'height="600px"' }),
    'blocked-zh-tw.html': blogPage(`${cdn.url}plain/`, { pageLang: 'zh-TW', element: 'height="600px"' }),
    'blocked-fr.html': blogPage(`${cdn.url}plain/`, { pageLang: 'fr', element: 'height="600px"' }),
    'loads.html': blogPage(`${cdn.url}cors/`),
    'tampered-wasm.html': blogPage(`${cdn.url}cors-tampered-wasm/`),
    'tampered-wasm-en.html': blogPage(`${cdn.url}cors-tampered-wasm/`, { element: 'lang="en" height="600px"' }),
    'tampered-wasm-zh-tw.html': blogPage(`${cdn.url}cors-tampered-wasm/`, { element: 'lang="zh-TW" height="600px"' }),
    'wrong-file.html': blogPage(`${cdn.url}cors-wrong-file/`, { withoutIntegrity: true }),
  };
  fs.mkdirSync(path.join(work, 'blog'));
  for (const [name, html] of Object.entries(pages)) fs.writeFileSync(path.join(work, 'blog', name), html);
  // Under a Content-Security-Policy that allows the inline explainer by the hash the snippet names: one
  // that allows the CDN too (the script is still refused, for CORS), one that does not (refused for the CSP).
  const explainerHash = fs.readFileSync(SNIPPET, 'utf8').match(/'sha256-[A-Za-z0-9+/=]+'/)[0];
  const csp = {
    '/csp-allows-cdn.html': `script-src ${new URL(cdn.url).origin} ${explainerHash} 'wasm-unsafe-eval'`,
    '/csp-forbids-cdn.html': `script-src 'self' ${explainerHash} 'wasm-unsafe-eval'`,
  };
  for (const name of Object.keys(csp)) fs.writeFileSync(path.join(work, 'blog', name), pages['blocked.html']);
  blog = await startStaticServer(path.join(work, 'blog'), {},
    (url) => (csp[url.pathname] ? { 'Content-Security-Policy': csp[url.pathname] } : {}));
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await cdn?.close();
  await blog?.close();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

// Opens a page with the page's timers on a clock that moves only when the test says.
async function open(page) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  await context.clock.install();
  const tab = await context.newPage();
  const problems = [];
  tab.on('console', (message) => { if (message.type() === 'error') problems.push(message.text()); });
  await tab.goto(blog.url + page);
  await tab.waitForLoadState('load');
  return { context, page: tab, problems };
}

const statusLine = (page) => page.locator('campaign-widget [data-campaign-widget-status]');

test('a script the browser refuses (no CORS header on the CDN): the sentence at once, in the element\'s language', async () => {
  const { context, page, problems } = await open('blocked.html');
  // The clock has not moved: the sentence came from the script's error event, not from the 10 s wait.
  await statusLine(page).filter({ hasText: SENTENCE.zh }).waitFor();
  assert.equal(await statusLine(page).getAttribute('role'), 'alert');
  assert.equal(await page.evaluate(() => customElements.get('campaign-widget') === undefined), true);
  assert.ok(problems.some((text) => /CORS|Access-Control-Allow-Origin|integrity/i.test(text)), problems.join('\n'));
  await context.close();
});

test('under a Content-Security-Policy the explainer runs by its hash, and a CSP that forbids the script is told too', async () => {
  for (const [page, refusal] of [['csp-allows-cdn.html', /blocked by CORS policy/], ['csp-forbids-cdn.html', /script .*campaign-widget\.js.* violates the following Content Security Policy/]]) {
    const { context, page: tab, problems } = await open(page);
    // The sentence is there: the explainer ran, allowed by the hash the snippet names.
    await statusLine(tab).filter({ hasText: SENTENCE.zh }).waitFor();
    assert.ok(problems.some((text) => refusal.test(text)), problems.join('\n'));
    await context.close();
  }
});

test('the sentence follows the page\'s language when the element has none, English where neither says', async () => {
  for (const [page, expected] of [['blocked-en.html', SENTENCE.en], ['blocked-zh-tw.html', SENTENCE['zh-Hant']],
    ['blocked-fr.html', SENTENCE.en]]) {
    const { context, page: tab } = await open(page);
    await statusLine(tab).filter({ hasText: expected }).waitFor();
    await context.close();
  }
});

test('a script that runs but defines no widget: "loading" until 10 s after load, then the sentence', async () => {
  const { context, page } = await open('wrong-file.html');
  assert.equal(await statusLine(page).innerText(), CATALOGUE['snippet.loading'].zh);
  await page.clock.runFor(9000);
  assert.equal(await statusLine(page).innerText(), CATALOGUE['snippet.loading'].zh);
  await page.clock.runFor(1000);
  assert.equal(await statusLine(page).innerText(), SENTENCE.zh);
  await context.close();
});

test('a snippet that loads: the widget starts and no trace of "loading" or the sentence is shown', async () => {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => { if (message.type() === 'error') problems.push(message.text()); });
  await page.goto(`${blog.url}loads.html`);
  await page.evaluate(() => window.campaignWidget.ready);
  await waitForIdle(page);
  assert.ok(await page.evaluate(() => window.campaignWidget.stats.frames) >= 1);
  assert.equal(await statusLine(page).isVisible(), false);
  const shown = await page.evaluate(() => document.body.innerText);
  assert.doesNotMatch(shown, /正在加载|is loading/);
  assert.doesNotMatch(shown, ANY_SENTENCE);
  // The light DOM only (the widget's shadow root keeps a hidden alert of its own for its own failures).
  assert.equal(await page.evaluate(() => document.querySelectorAll('[role="alert"]').length), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a .wasm that cannot load: the widget says so itself, in its language, and the snippet\'s sentence stays out of it', async () => {
  for (const [name, expected] of [
    ['tampered-wasm.html', /无法加载它的 WebAssembly 模块/], // the snippet's element: lang="zh"
    ['tampered-wasm-zh-tw.html', /無法載入它的 WebAssembly 模組/],
    ['tampered-wasm-en.html', /could not load its WebAssembly module/],
  ]) {
    const { context, page } = await open(name);
    const outcome = await page.evaluate(() => window.campaignWidget.ready.then(() => 'ready', (error) => error.message));
    assert.match(outcome, expected, name);
    assert.match(await page.evaluate(() => window.campaignWidget.shadowRoot.querySelector('.message').textContent), expected, name);
    await page.clock.runFor(10000);
    assert.equal(await statusLine(page).isVisible(), false);
    assert.doesNotMatch(await page.evaluate(() => document.body.innerText), ANY_SENTENCE);
    await context.close();
  }
});
