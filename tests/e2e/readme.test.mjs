// The README speaks first to the person who wants to use the widget: its first section gives the three
// ways (open the page, embed it, save it for offline use) before any build or test material.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const README = fs.readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../README.md'), 'utf8');

test('the first section of the README is the three ways to use the widget', () => {
  const sections = README.split(/^## /m).slice(1);
  const first = sections[0];
  assert.match(first.split('\n')[0], /use/i, `the first section is "${first.split('\n')[0]}"`);
  for (const way of [/open/i, /<campaign-widget/, /<iframe/, /offline/i]) assert.match(first, way);
  assert.doesNotMatch(first, /make test|cmake|CTest/, 'no developer material in the first section');
});

test('the README says how to serve on another port', () => {
  assert.match(README, /make serve PORT=\d+/);
});

// Found: a README of 734 lines, where embedders reached "Embed in 30 seconds" after about 300 lines of
// internals. The developer's material lives in docs/developing.md, the measurements in
// docs/performance.md, the embedding reference in docs/embedding.md.
test('the README is under 250 lines and leads with use, embedding and offline, before any build material', () => {
  const lines = README.split('\n').length;
  assert.ok(lines < 250, `the README has ${lines} lines`);
  const headings = README.split('\n').filter((line) => line.startsWith('## ')).map((line) => line.slice(3));
  assert.deepEqual(headings.slice(0, 3).map((heading) => heading.split(' ')[0]), ['Use', 'Embed', 'Offline'], `the sections: ${headings.join(' | ')}`);
  for (const doc of ['docs/developing.md', 'docs/performance.md', 'docs/embedding.md']) assert.ok(README.includes(doc), `the README points to ${doc}`);
});

test('counts that go stale are not typed into the README: it says which command prints them', () => {
  assert.doesNotMatch(README, /\b\d+ (browser |unit |end-to-end )?tests\b/, 'a number of tests');
  assert.doesNotMatch(README, /\b(two|three|four|five|six) (libFuzzer|fuzz) targets\b/i, 'a number of fuzz targets');
  assert.doesNotMatch(README, /\b\d[\d,.]* ?(bytes|KB|MB)\b/, 'a size');
});
