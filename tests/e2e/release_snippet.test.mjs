// The release as a blogger uses it: the npm package (build/release/*.tgz) unpacked on a CDN-like server
// of another origin, under /cdn/campaign-widget@<version>/, and a blog page made from
// build/release/snippet.html. The browser enforces the snippet's integrity attribute: the widget starts
// from the packed files, and a tampered script, or a tampered .wasm, is refused.
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
// What a CDN that serves npm packages answers with: any origin may use the files, which never change.
// Under /cdn/untyped/ the .wasm comes as application/octet-stream, as some hosts send it.
const CDN_HEADERS = (url) => ({
  'Access-Control-Allow-Origin': '*',
  'Cache-Control': 'public, max-age=31536000, immutable',
  ...(url.pathname.startsWith('/cdn/untyped/') && url.pathname.endsWith('.wasm') ? { 'Content-Type': 'application/octet-stream' } : {}),
});

let work;
let cdn;
let blog;
let browser;

// The blog page: an article with the snippet pasted in, its CDN address put in place of the placeholder;
// attributes, when given, replace the element's.
function blogPage(packageUrl, attributes = null) {
  let snippet = fs.readFileSync(SNIPPET, 'utf8').replaceAll(SNIPPET_CDN, packageUrl);
  if (attributes) snippet = snippet.replace(/<campaign-widget [^>]*>/, `<campaign-widget ${attributes}>`);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>My campaign notes</title></head>
<body><article><h1>My campaign notes</h1><p>The checklist I use:</p>
${snippet}
<p>Comments welcome.</p></article>
<script>window.campaignWidget = document.querySelector('campaign-widget');</script>
</body></html>`;
}

function tamper(folder, file, change) {
  const full = path.join(work, folder, 'dist', file);
  fs.writeFileSync(full, change(fs.readFileSync(full)));
}

before(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'campaign-widget-release-'));
  execFileSync('tar', ['-xzf', TARBALL, '-C', work]); // npm's tarball holds package/
  const wasm = fs.readdirSync(path.join(work, 'package/dist')).find((name) => name.endsWith('.wasm'));
  fs.cpSync(path.join(work, 'package'), path.join(work, 'tampered-script'), { recursive: true });
  tamper('tampered-script', 'campaign-widget.js', (bytes) => Buffer.concat([bytes, Buffer.from('\nconsole.log("changed");\n')]));
  fs.cpSync(path.join(work, 'package'), path.join(work, 'tampered-wasm'), { recursive: true });
  tamper('tampered-wasm', wasm, (bytes) => { const copy = Buffer.from(bytes); copy[copy.length - 1] ^= 1; return copy; });

  cdn = await startStaticServer(path.join(work, 'empty'), {
    [`/cdn/${PACKAGE_PATH}`]: path.join(work, 'package'),
    '/cdn/tampered-script/': path.join(work, 'tampered-script'),
    '/cdn/tampered-wasm/': path.join(work, 'tampered-wasm'),
    '/cdn/untyped/': path.join(work, 'package'),
  }, CDN_HEADERS);
  fs.mkdirSync(path.join(work, 'blog'));
  fs.writeFileSync(path.join(work, 'blog/index.html'), blogPage(`${cdn.url}cdn/${PACKAGE_PATH}`));
  fs.writeFileSync(path.join(work, 'blog/tampered-script.html'), blogPage(`${cdn.url}cdn/tampered-script/`));
  fs.writeFileSync(path.join(work, 'blog/tampered-wasm.html'), blogPage(`${cdn.url}cdn/tampered-wasm/`));
  fs.writeFileSync(path.join(work, 'blog/untyped.html'), blogPage(`${cdn.url}cdn/untyped/`));
  fs.writeFileSync(path.join(work, 'blog/campaign.html'), blogPage(`${cdn.url}cdn/${PACKAGE_PATH}`,
    `lang="en" campaign="${cdn.url}cdn/${PACKAGE_PATH}dist/campaigns/sample-quill.json"`));
  blog = await startStaticServer(path.join(work, 'blog')); // same host, another port: another origin
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await cdn?.close();
  await blog?.close();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

async function open(page) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 }, acceptDownloads: true });
  const tab = await context.newPage();
  const problems = [];
  const requests = [];
  tab.on('console', (message) => { if (message.type() === 'error') problems.push(message.text()); });
  tab.on('pageerror', (error) => problems.push(error.message));
  tab.on('request', (request) => requests.push(request.url()));
  await tab.goto(blog.url + page);
  return { context, page: tab, problems, requests };
}

test('a page made from the snippet runs the widget from the unpacked package on a CDN path', async () => {
  assert.notEqual(new URL(blog.url).origin, new URL(cdn.url).origin);
  const { context, page, problems, requests } = await open('index.html');
  await page.evaluate(() => window.campaignWidget.ready);
  await waitForIdle(page);
  assert.equal(await page.evaluate(() => window.campaignWidget.version), MANIFEST.version);
  assert.ok(await page.evaluate(() => window.campaignWidget.itemRect('about')), 'the header has its About item');

  // It works: the draft is checked against the built-in campaign.
  await page.evaluate(() => { window.campaignWidget.draft = 'Buying $OBOL today'; });
  await waitForIdle(page);
  const report = await page.evaluate(() => window.campaignWidget.report);
  assert.equal(report.ready, false);
  assert.ok(report.checks.some((check) => check.id === 'link.spot'));

  // Its files came from the package's folder on the CDN: the script and, beside it, the content-named .wasm.
  const fromCdn = requests.filter((url) => url.startsWith(cdn.url)).map((url) => url.slice(cdn.url.length));
  assert.equal(fromCdn.length, 2, fromCdn.join(' '));
  assert.equal(fromCdn[0], `cdn/${PACKAGE_PATH}dist/campaign-widget.js`);
  assert.match(fromCdn[1], new RegExp(`^cdn/${PACKAGE_PATH.replace(/[.@]/g, '\\$&')}dist/campaign-widget-core\\.[0-9a-f]{16}\\.wasm$`));
  assert.deepEqual(problems, []);
  await context.close();
});

test('a campaign file from the package on the CDN is used', async () => {
  const { context, page, problems } = await open('campaign.html');
  await page.evaluate(() => window.campaignWidget.ready);
  await waitForIdle(page);
  assert.equal(await page.evaluate(() => window.campaignWidget.progress.campaign), 'sample-quill');
  assert.deepEqual(await page.evaluate(() => window.campaignWidget.notices), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a host that sends the .wasm without its type still gives a working widget', async () => {
  const { context, page, problems } = await open('untyped.html');
  await page.evaluate(() => window.campaignWidget.ready);
  assert.ok(await page.evaluate(() => window.campaignWidget.stats.frames) >= 1);
  assert.deepEqual(problems, []);
  await context.close();
});

test('"Save offline copy" finds the offline file beside the script on the CDN', async () => {
  const { context, page, problems } = await open('index.html');
  await page.evaluate(() => window.campaignWidget.ready);
  await waitForIdle(page);
  const rect = await page.evaluate(() => window.campaignWidget.itemRect('save-offline'));
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.mouse.click(rect.x + rect.width / 2, rect.y + rect.height / 2),
  ]);
  const saved = fs.readFileSync(await download.path(), 'utf8');
  assert.match(saved, /<meta name="campaign-widget-offline" content="1">/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a tampered script is refused by the browser: the element is never defined', async () => {
  const { context, page, problems } = await open('tampered-script.html');
  await page.waitForLoadState('load');
  assert.equal(await page.evaluate(() => customElements.get('campaign-widget') === undefined), true);
  assert.equal(await page.evaluate(() => typeof createCampaignWidget), 'undefined');
  assert.ok(problems.some((text) => /integrity/i.test(text)), problems.join('\n'));
  await context.close();
});

test('a tampered .wasm is refused: the widget says it could not load (in the snippet\'s language, zh), and draws nothing', async () => {
  const { context, page, problems } = await open('tampered-wasm.html');
  const outcome = await page.evaluate(() => window.campaignWidget.ready.then(() => 'ready', (error) => error.message));
  assert.match(outcome, /无法加载它的 WebAssembly 模块/);
  const shown = await page.evaluate(() => window.campaignWidget.shadowRoot.querySelector('.message').textContent);
  assert.match(shown, /无法加载它的 WebAssembly 模块/);
  assert.equal(await page.evaluate(() => window.campaignWidget.stats.frames), 0);
  assert.ok(problems.some((text) => /integrity/i.test(text)), problems.join('\n'));
  await context.close();
});
