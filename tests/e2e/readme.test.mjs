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
