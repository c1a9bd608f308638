// The Hugo theme component of the release (build/release/campaign-widget-hugo-<version>/) in a small
// site built with Debian's hugo, as a blogger uses it: the shortcode in a post's Markdown, the folder
// beside the site's own theme. The built site is served on a loopback port and driven in Chromium.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { clickControl, launchChromium, settledDraft, waitForIdle } from './support/browser.mjs';
import { startStaticServer } from './support/static_server.mjs';
import { MANIFEST, RELEASE_DIR } from '../release/release_files.mjs';

const COMPONENT = `campaign-widget-hugo-${MANIFEST.version}`;

// The campaigns the release ships, by name (the files of assets/campaigns/), as the engines list them.
const SHIPPED = fs.readdirSync(new URL('../../assets/campaigns/', import.meta.url))
  .filter((name) => name.endsWith('.json')).map((name) => name.slice(0, -'.json'.length)).sort();

let work;
let server;
let browser;

// A site in Traditional Chinese (Taiwan) with the site's own minimal layout and the component as a theme.
function writeSite(site, posts) {
  fs.mkdirSync(path.join(site, 'layouts/_default'), { recursive: true });
  fs.mkdirSync(path.join(site, 'content/posts'), { recursive: true });
  fs.writeFileSync(path.join(site, 'hugo.toml'), `baseURL = "/"
languageCode = "zh-TW"
title = "活動筆記"
theme = ["${COMPONENT}"]
disableKinds = ["taxonomy", "term", "RSS", "sitemap"]
`);
  fs.writeFileSync(path.join(site, 'layouts/_default/single.html'), `<!doctype html>
<html lang="{{ site.LanguageCode }}"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>{{ .Title }}</title></head>
<body><article><h1>{{ .Title }}</h1>{{ .Content }}</article></body></html>
`);
  fs.writeFileSync(path.join(site, 'layouts/_default/list.html'), '<!doctype html><title>{{ .Title }}</title>\n');
  for (const [name, body] of Object.entries(posts)) {
    fs.writeFileSync(path.join(site, 'content/posts', `${name}.md`), `---\ntitle: ${name}\n---\n${body}\n`);
  }
}

// Builds the site; hugo reports on both streams, taken together as its output.
function hugo(site) {
  const run = spawnSync('hugo', ['--source', site, '--themesDir', RELEASE_DIR, '--destination', path.join(site, 'public')],
    { encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

before(async () => {
  assert.ok(fs.existsSync(path.join(RELEASE_DIR, COMPONENT)), `make release makes ${COMPONENT}/`);
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'campaign-widget-hugo-'));
  const site = path.join(work, 'site');
  writeSite(site, {
    notes: `我的活動筆記。

{{< campaign-widget >}}

And in English, another campaign:

{{< campaign-widget campaign="sample-quill" lang="en" height="500px" >}}

寫完了。`,
  });
  const built = hugo(site);
  assert.equal(built.status, 0, built.output);
  server = await startStaticServer(path.join(site, 'public'));
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

test('a Hugo page with two shortcodes: two widgets from the site\'s own files, one script with its hash, each with its own work', async () => {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  const page = await context.newPage();
  const problems = [];
  const requests = [];
  page.on('console', (message) => { if (message.type() === 'error') problems.push(message.text()); });
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`${server.url}posts/notes/index.html`); // the test server maps no folder to its index

  const scripts = await page.evaluate(() => [...document.querySelectorAll('script[src]')].map((script) =>
    ({ src: script.getAttribute('src'), integrity: script.integrity, crossOrigin: script.crossOrigin })));
  assert.deepEqual(scripts, [{ src: `/campaign-widget/${MANIFEST.version}/campaign-widget.js`,
    integrity: scripts[0].integrity, crossOrigin: 'anonymous' }], 'one script for the page, however many widgets');
  assert.match(scripts[0].integrity, /^sha384-[A-Za-z0-9+/]{64}$/);

  await page.evaluate(() => {
    const [first, second] = document.querySelectorAll('campaign-widget');
    first.id = 'widget-site-language';
    second.id = 'widget-quill';
    return Promise.all([first.ready, second.ready]);
  });
  // Without lang, the site's language: zh-TW gives the widget's Traditional Chinese.
  assert.equal(await page.evaluate(() => document.getElementById('widget-site-language').lang), 'zh-Hant');
  assert.equal(await page.evaluate(() => document.getElementById('widget-quill').lang), 'en');
  assert.equal(await page.evaluate(() => document.getElementById('widget-quill').getBoundingClientRect().height), 500);
  // Once the widget is defined, its "loading" line is gone from what the page shows.
  assert.equal(await page.locator('[data-campaign-widget-status]').first().isVisible(), false);
  assert.doesNotMatch(await page.evaluate(() => document.body.innerText), /正在載入|is loading/);

  // A person writes in each; each checks its own campaign's requirements.
  for (const [id, text] of [['widget-site-language', '今天買入 $OBOL'], ['widget-quill', 'Trying Quill today']]) {
    await page.locator(`#${id}`).scrollIntoViewIfNeeded();
    await page.evaluate((widgetId) => { window.campaignWidget = document.getElementById(widgetId); }, id);
    await waitForIdle(page);
    await clickControl(page, 'tab-draft');
    await clickControl(page, 'draft-editor');
    await page.keyboard.type(text);
    assert.equal(await settledDraft(page, id), text);
  }
  const obolChecks = await page.evaluate(() => document.getElementById('widget-site-language').report.checks.map((check) => check.id));
  const quillChecks = await page.evaluate(() => document.getElementById('widget-quill').report.checks.map((check) => check.id));
  assert.ok(obolChecks.includes('link.spot'), obolChecks.join(' '));
  assert.notDeepEqual(quillChecks, obolChecks);
  assert.equal(await settledDraft(page, 'widget-site-language'), '今天買入 $OBOL', 'typing in the second left the first as it was');

  // Everything came from the site itself.
  assert.deepEqual(requests.filter((url) => !url.startsWith(server.url) && !url.startsWith('data:')), []);
  assert.ok(requests.some((url) => /\/campaign-widget\/[^/]+\/campaign-widget-core\.[0-9a-f]{16}\.wasm$/.test(url)));
  assert.deepEqual(problems, []);
  await context.close();
});

test('a shortcode value the widget cannot take stops hugo with the page, the line and what to write', () => {
  for (const [shortcode, says] of [
    ['{{< campaign-widget campaign="obl" >}}', new RegExp(`there is no campaign called "obl"\\. Use one of ${SHIPPED.join(', ')},`)],
    ['{{< campaign-widget height="tall" >}}', /the height "tall" is not one the widget can take/],
    ['{{< campaign-widget lang="fr" >}}', /the widget does not speak "fr"/],
    ['{{< campaign-widget campaign="javascript:alert(1)" >}}', /there is no campaign called "javascript:alert\(1\)"/],
  ]) {
    const site = fs.mkdtempSync(path.join(work, 'bad-'));
    writeSite(site, { bad: `Text.\n\n${shortcode}` });
    const built = hugo(site);
    assert.notEqual(built.status, 0, `${shortcode} built`);
    assert.match(built.output, /content\/posts\/bad\.md:6:1/, built.output);
    assert.match(built.output, says, built.output);
  }
});
