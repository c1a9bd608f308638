// `make serve` on a port that is taken says so and how to choose another, instead of a Python
// traceback. The serving step is its own script (scripts/serve.py), so this needs no build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SERVE = path.join(root, 'scripts/serve.py');

function occupyPort() {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

function run(args) {
  return new Promise((resolve) => {
    const child = spawn('/usr/bin/python3', [SERVE, ...args], { cwd: root });
    let output = '';
    child.stdout.on('data', (data) => { output += data; });
    child.stderr.on('data', (data) => { output += data; });
    const timer = setTimeout(() => child.kill(), 30000); // only bounds a failure: a taken port ends it at once
    child.on('close', (code) => { clearTimeout(timer); resolve({ code, output }); });
  });
}

test('a taken port is named, with how to choose another, and no traceback', async () => {
  const busy = await occupyPort();
  const port = busy.address().port;
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'serve-'));
  const { code, output } = await run(['--port', String(port), '--directory', directory]);
  busy.close();
  fs.rmSync(directory, { recursive: true });
  assert.notEqual(code, 0);
  assert.match(output, new RegExp(`port ${port} is (already )?in use`));
  assert.match(output, /make serve PORT=/);
  assert.doesNotMatch(output, /Traceback/);
});

test('a free port serves the directory', async () => {
  const free = await occupyPort();
  const port = free.address().port;
  await new Promise((resolve) => free.close(resolve));
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'serve-'));
  fs.writeFileSync(path.join(directory, 'hello.txt'), 'hello');
  const child = spawn('/usr/bin/python3', [SERVE, '--port', String(port), '--directory', directory], { cwd: root });
  try {
    // It says when it serves; asked then, it answers.
    await new Promise((resolve, reject) => {
      let output = '';
      child.stdout.on('data', (data) => { output += data; if (output.includes('Serving')) resolve(); });
      child.on('close', (code) => reject(new Error(`serve.py ended (${code}) before serving: ${output}`)));
    });
    const body = await fetch(`http://127.0.0.1:${port}/hello.txt`).then((response) => response.text());
    assert.equal(body, 'hello');
  } finally {
    child.kill();
    fs.rmSync(directory, { recursive: true });
  }
});

test('make serve hands its PORT to the serving script', () => {
  const plan = execFileSync('make', ['-n', '--no-print-directory', 'serve', 'PORT=12345'], { cwd: root, encoding: 'utf8' });
  assert.match(plan, /scripts\/serve\.py --port 12345/);
});
