// The repository names no package registry's, mirror's or package CDN's host. Packages arrive through
// the machine's own configuration (apt's sources, npm's registry setting), and the documentation speaks
// of "a CDN that serves npm packages" with placeholder addresses (cdn.example). The patterns escape their
// dots or bracket a letter, so this file does not name those hosts either.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { ROOT, TARBALL } from './release_files.mjs';

const HOSTS = [
  /\b(deb|ftp|ftp\.[a-z]{2}|security|httpredir|snapshot|incoming|cdn-fastly\.deb|mirrors?)\.debian\.org/i,
  /\b(archive|security|ports|[a-z]{2}\.archive)\.ubuntu\.com/i,
  /\b(registry\.)?npmjs\.(org|com)/i,
  /\bregistry\.yarnpkg\.com/i,
  /\bregistry\.npmmirror\.com|\bnpm\.taobao\.org/i,
  /\bcdn\.js[d]elivr\.net|\bjs[d]elivr\b/i,
  /\bun[p]kg(\.com)?\b/i,
  /\bcdnjs\.cloudflare\.com/i,
  /\besm\.sh\b|\bcdn\.skypack\.dev|\bga\.jspm\.io/i,
  /\bpypi\.org|\bfiles\.pythonhosted\.org/i,
  /\bcrates\.io\b|\bproxy\.golang\.org|\brubygems\.org/i,
  /\bdeb\.nodesource\.com/i,
  /\bmirrors\.(aliyun|tuna\.tsinghua|ustc|163|huaweicloud|cloud\.tencent)\b/i,
];

function hostsIn(name, text) {
  const found = [];
  text.split('\n').forEach((line, index) => {
    for (const host of HOSTS) {
      const match = line.match(host);
      if (match) found.push(`${name}:${index + 1}: ${match[0]}`);
    }
  });
  return found;
}

test('no tracked file names a package registry, mirror or package CDN host', () => {
  const files = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
  assert.ok(files.length > 50, 'git lists the repository');
  const found = [];
  for (const file of files) {
    const full = path.join(ROOT, file);
    if (!fs.existsSync(full) || !fs.statSync(full).isFile()) continue;
    found.push(...hostsIn(file, fs.readFileSync(full, 'latin1')));
  }
  assert.deepEqual(found, []);
});

test('the released package names none either', () => {
  const listing = execFileSync('tar', ['-tzf', TARBALL], { encoding: 'utf8' }).split('\n').filter(Boolean);
  const found = [];
  for (const member of listing) {
    found.push(...hostsIn(member, execFileSync('tar', ['-xzOf', TARBALL, member], { encoding: 'latin1', maxBuffer: 64 << 20 })));
  }
  assert.deepEqual(found, []);
});

test('the patterns find the hosts they are for', () => {
  // Assembled from parts, so that the repository holds no such name.
  const examples = [['deb', 'debian', 'org'], ['registry', 'npmjs', 'org'], ['cdn', 'js' + 'delivr', 'net'], ['un' + 'pkg', 'com']];
  for (const parts of examples) assert.equal(hostsIn('example', `see http://${parts.join('.')}/x`).length >= 1, true, parts.join(' '));
  assert.deepEqual(hostsIn('example', 'https://cdn.example/npm/campaign-widget@1.0.0/ and http://your.mirror/debian'), []);
});
