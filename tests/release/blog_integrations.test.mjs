// The blog engines' integrations of the release (scripts/make_blog_integrations.py): the WordPress
// plugin's zip and the Hugo theme component's folder hold the npm package's widget files, byte for byte,
// the release's facts filled in, the licences, and PHP that PHP itself reads without an error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { MANIFEST, RELEASE_DIR, TARBALL, archiveDigests } from './release_files.mjs';

const PLUGIN_ZIP = path.join(RELEASE_DIR, `campaign-widget-wordpress-${MANIFEST.version}.zip`);
const HUGO = path.join(RELEASE_DIR, `campaign-widget-hugo-${MANIFEST.version}`);
const LICENSES = ['Apache-2.0.txt', 'LICENSE', 'OpenCC-NOTICE.txt', 'imgui-LICENSE.txt'];

const packed = archiveDigests(TARBALL).files;
const widgetFiles = Object.keys(packed).filter((name) =>
  /^dist\/(campaign-widget\.js|campaign-widget-core\.[0-9a-f]{16}\.wasm|campaigns\/[a-z0-9-]+\.json)$/.test(name));

function unzipped() {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'campaign-widget-plugin-'));
  execFileSync('/usr/bin/python3', ['-c', 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])', PLUGIN_ZIP, folder]);
  return folder;
}

function sha256(file) {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

test('the plugin zip: one folder, the widget\'s packed bytes, the version and hash filled in, the licences', () => {
  const plugin = archiveDigests(PLUGIN_ZIP);
  assert.deepEqual(plugin.folders, ['campaign-widget'], 'WordPress takes the folder name as the plugin\'s');
  assert.ok(widgetFiles.length >= 5, widgetFiles.join(' '));
  for (const file of widgetFiles) {
    assert.equal(plugin.files[file.replace(/^dist\//, 'widget/')], packed[file], file);
  }
  for (const name of LICENSES) assert.ok(plugin.files[`licenses/${name}`], name);
  for (const name of ['campaign-widget-zh_CN.mo', 'campaign-widget-zh_TW.mo', 'campaign-widget-zh_CN.po', 'campaign-widget-zh_TW.po']) {
    assert.ok(plugin.files[`languages/${name}`], name);
  }

  const folder = unzipped();
  try {
    const main = fs.readFileSync(path.join(folder, 'campaign-widget/campaign-widget.php'), 'utf8');
    assert.match(main, new RegExp(`^ \\* Version:\\s+${MANIFEST.version.replace(/\./g, '\\.')}$`, 'm'));
    assert.match(main, /^ \* Requires at least: 6\.1$/m);
    const readme = fs.readFileSync(path.join(folder, 'campaign-widget/readme.txt'), 'utf8');
    assert.match(readme, new RegExp(`^Stable tag: ${MANIFEST.version.replace(/\./g, '\\.')}$`, 'm'));
    assert.match(readme, /^Tested up to: 6\.1$/m);
    assert.doesNotMatch(main + readme, /@VERSION@/);
    const script = execFileSync('tar', ['-xzOf', TARBALL, 'package/dist/campaign-widget.js']);
    const integrity = 'sha384-' + crypto.createHash('sha384').update(script).digest('base64');
    assert.ok(fs.readFileSync(path.join(folder, 'campaign-widget/includes/release.php'), 'utf8').includes(`'${integrity}'`));
    // PHP reads every file of the plugin without a syntax error.
    for (const file of execFileSync('find', [folder, '-name', '*.php'], { encoding: 'utf8' }).split('\n').filter(Boolean)) {
      execFileSync('php', ['-l', file], { stdio: 'pipe' });
    }
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
});

test('the Hugo folder: the shortcode, the widget\'s packed bytes under their version, the release\'s facts, the licences', () => {
  assert.ok(fs.existsSync(path.join(HUGO, 'layouts/shortcodes/campaign-widget.html')));
  for (const file of widgetFiles) {
    const copy = path.join(HUGO, 'static/campaign-widget', MANIFEST.version, file.replace(/^dist\//, ''));
    assert.equal(sha256(copy), packed[file], file);
  }
  const release = JSON.parse(fs.readFileSync(path.join(HUGO, 'data/campaign_widget/release.json'), 'utf8'));
  assert.equal(release.version, MANIFEST.version);
  // The campaigns by name: every campaign file the package carries, and no other.
  const shipped = Object.keys(packed).filter((name) => /^dist\/campaigns\/[^/]+\.json$/.test(name))
    .map((name) => path.basename(name, '.json')).sort();
  assert.ok(shipped.includes('obol'));
  assert.deepEqual(release.campaigns, shipped);
  const explainerHash = `'sha256-${crypto.createHash('sha256').update(release.explainer).digest('base64')}'`;
  assert.equal(release.explainer_csp_hash, explainerHash);
  for (const name of LICENSES) assert.ok(fs.existsSync(path.join(HUGO, 'licenses', name)), name);
});
