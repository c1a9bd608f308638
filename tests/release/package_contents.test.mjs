// The npm package holds exactly what a page needs, says what it is, and the release's .zip and snippet
// are made from it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import { MANIFEST, ROOT, SNIPPET, TARBALL, ZIP, archiveDigests } from './release_files.mjs';

const WASM_NAME = /^dist\/campaign-widget-core\.[0-9a-f]{16}\.wasm$/;
const campaigns = fs.readdirSync(path.join(ROOT, 'assets/campaigns'))
  .filter((name) => name.endsWith('.json')).map((name) => `dist/campaigns/${name}`);
// The script and its .wasm, the iframe page with its style, code and icon, the offline file, the
// campaigns; the README, licence and changelog; package.json (npm always packs it); the licences of what
// the widget carries (scripts/collect_licenses.py): Dear ImGui's, OpenCC's.
const INTENDED = [
  'CHANGELOG.md', 'LICENSE', 'README.md', 'package.json',
  'dist/campaign-widget.js', 'dist/campaign-widget-core.<content hash>.wasm', 'dist/campaign-widget-offline.html',
  'dist/embed.html', 'dist/embed-page.css', 'dist/embed-page.js', 'dist/page-language.js', 'dist/favicon.svg',
  'dist/licenses/Apache-2.0.txt', 'dist/licenses/LICENSE', 'dist/licenses/OpenCC-NOTICE.txt', 'dist/licenses/imgui-LICENSE.txt',
  ...campaigns,
].sort();
const named = (paths) => paths.map((file) => file.replace(WASM_NAME, 'dist/campaign-widget-core.<content hash>.wasm')).sort();

function dryRun() {
  const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
  return JSON.parse(output)[0];
}

test('npm pack --dry-run lists exactly the files a page needs', () => {
  const pack = dryRun();
  assert.deepEqual(named(pack.files.map((file) => file.path)), INTENDED);
  assert.equal(pack.files.filter((file) => WASM_NAME.test(file.path)).length, 1, 'one .wasm, the current one');
});

test('the packed script names the packed .wasm and its SRI hash', () => {
  const wasm = dryRun().files.map((file) => file.path).find((file) => WASM_NAME.test(file));
  const script = fs.readFileSync(path.join(ROOT, 'dist/campaign-widget.js'), 'utf8');
  const bytes = fs.readFileSync(path.join(ROOT, wasm));
  const integrity = 'sha384-' + crypto.createHash('sha384').update(bytes).digest('base64');
  assert.ok(script.includes(`"wasmFile": "${path.basename(wasm)}"`), 'the script names the .wasm beside it');
  assert.ok(script.includes(`"wasmIntegrity": "${integrity}"`), "the script holds the .wasm's hash");
  assert.ok(path.basename(wasm).includes(crypto.createHash('sha256').update(bytes).digest('hex').slice(0, 16)),
    'the name carries the content hash');
});

test('the package says its name, version and licence, and is publishable', () => {
  assert.equal(MANIFEST.name, 'campaign-widget');
  assert.match(MANIFEST.version, /^\d+\.\d+\.\d+$/);
  assert.equal(MANIFEST.license, 'MIT');
  assert.notEqual(MANIFEST.private, true);
  assert.match(fs.readFileSync(path.join(ROOT, 'LICENSE'), 'utf8'), /^MIT License/);
  assert.match(fs.readFileSync(path.join(ROOT, 'CHANGELOG.md'), 'utf8'), new RegExp(`^## ${MANIFEST.version.replace(/\./g, '\\.')} `, 'm'),
    'the changelog has a section for this version');
  const script = fs.readFileSync(path.join(ROOT, 'dist/campaign-widget.js'), 'utf8');
  assert.ok(script.includes(`"version": "${MANIFEST.version}"`), 'the script carries the version');
});

test('make release packed the same files, and the .zip holds the same bytes under a versioned folder', () => {
  const packed = archiveDigests(TARBALL);
  assert.deepEqual(packed.folders, ['package']);
  assert.deepEqual(named(Object.keys(packed.files)), INTENDED);
  const zipped = archiveDigests(ZIP);
  assert.deepEqual(zipped.folders, [`${MANIFEST.name}-${MANIFEST.version}`]);
  assert.deepEqual(zipped.files, packed.files);
});

test('the snippet loads the packed script by version, with its SRI hash, from a CDN path and a self-hosted one', () => {
  const snippet = fs.readFileSync(SNIPPET, 'utf8');
  const script = execFileSync('tar', ['-xzOf', TARBALL, 'package/dist/campaign-widget.js']);
  const integrity = 'sha384-' + crypto.createHash('sha384').update(script).digest('base64');
  const tags = [...snippet.matchAll(/<script src="([^"]+)"\s+integrity="([^"]+)" crossorigin="anonymous"><\/script>/g)];
  assert.deepEqual(tags.map((tag) => tag[1]), [
    `https://cdn.example/npm/${MANIFEST.name}@${MANIFEST.version}/dist/campaign-widget.js`,
    `https://your.site/${MANIFEST.name}-${MANIFEST.version}/dist/campaign-widget.js`,
  ]);
  assert.deepEqual(tags.map((tag) => tag[2]), [integrity, integrity]);
  // The element says it is loading until the script defines it.
  assert.match(snippet, /<campaign-widget [^>]*><span data-campaign-widget-status role="status">[^<]+<\/span><\/campaign-widget>/);
});

test('the snippet names the CSP hash of its inline explainer, and it is that script\'s', () => {
  const snippet = fs.readFileSync(SNIPPET, 'utf8');
  const inline = [...snippet.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
  assert.equal(inline.length, 2, 'one explainer in each of the two blocks');
  assert.equal(inline[0], inline[1]);
  const hash = `'sha256-${crypto.createHash('sha256').update(inline[0]).digest('base64')}'`;
  assert.ok(snippet.includes(hash), `the snippet names ${hash}`);
  assert.match(inline[0], /document\.addEventListener\('error'/);
});
