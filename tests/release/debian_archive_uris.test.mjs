// Setup takes the address of Debian's archive from the machine's apt sources (scripts/debian_archive_uris.py),
// so the repository names no host: the entries that count, in both of apt's formats.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { ROOT } from './release_files.mjs';

function archiveUris({ sourcesList = '', parts = {} }) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apt-sources-'));
  try {
    fs.writeFileSync(path.join(dir, 'sources.list'), sourcesList);
    fs.mkdirSync(path.join(dir, 'sources.list.d'));
    for (const [name, text] of Object.entries(parts)) fs.writeFileSync(path.join(dir, 'sources.list.d', name), text);
    const output = execFileSync('/usr/bin/python3', [path.join(ROOT, 'scripts/debian_archive_uris.py'),
      path.join(dir, 'sources.list'), path.join(dir, 'sources.list.d')], { encoding: 'utf8' });
    return output.split('\n').filter(Boolean);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test('a deb822 .sources file: the main archive, not the security archive or another vendor', () => {
  const uris = archiveUris({ parts: {
    'debian.sources': `Types: deb
# a comment
URIs: http://mirror.example/debian/
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: http://mirror.example/debian-security
Suites: bookworm-security
Components: main
`,
    'vendor.sources': 'Types: deb\nURIs: https://vendor.example/apt\nSuites: nodistro\nComponents: main\n',
    'off.sources': 'Enabled: no\nTypes: deb\nURIs: http://old.example/debian\nSuites: bookworm\nComponents: main\n',
    'vendor.list.disabled': 'deb http://disabled.example/debian bookworm main\n',
  } });
  assert.deepEqual(uris, ['http://mirror.example/debian']);
});

test('one-line sources.list entries, with options, and each URI once', () => {
  const uris = archiveUris({
    sourcesList: `# deb http://commented.example/debian bookworm main
deb [arch=amd64 signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://one.example/debian bookworm main contrib
deb-src http://one.example/debian bookworm main
deb http://one.example/debian-security bookworm-security main
deb cdrom:[Debian GNU/Linux 12]/ bookworm main
deb http://contrib-only.example/debian bookworm contrib
`,
    parts: { 'sid.list': 'deb http://two.example/debian sid main\n' },
  });
  assert.deepEqual(uris, ['http://one.example/debian', 'http://two.example/debian']);
});

test('sources with no Debian archive give no address (setup then asks for DEBIAN_ARCHIVE_URIS)', () => {
  assert.deepEqual(archiveUris({ sourcesList: 'deb http://ports.example/ubuntu jammy main\n' }), []);
});
