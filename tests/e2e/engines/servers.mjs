// Servers the blog-engine tests start and stop themselves: each in its own process group on a loopback
// port, its output in a log file the test names when it fails. Nothing is left running: stop() ends the
// whole group (PHP's built-in server forks its workers), and the process's exit ends what a failed test
// left behind.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';

const running = new Set();
process.on('exit', () => {
  for (const server of running) {
    try { process.kill(-server.pid, 'SIGKILL'); } catch { /* already gone */ }
  }
});

// A port that is free on 127.0.0.1 now (the system chooses it).
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

// Starts a server and resolves once it accepts connections on the port; rejects with its log if it exits
// first or is not listening within timeoutMs (generous: it only bounds a failure, on a busy machine too).
export async function startServer(name, command, args, { port, log, env = {}, cwd, timeoutMs = 120000 }) {
  const out = fs.openSync(log, 'a');
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', out, out], detached: true });
  fs.closeSync(out);
  const server = {
    name,
    pid: child.pid,
    exited: null,
    async stop() {
      if (server.exited) return;
      const gone = new Promise((resolve) => child.once('exit', resolve));
      try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
      const timer = setTimeout(() => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } }, 10000);
      await gone;
      clearTimeout(timer);
      running.delete(server);
    },
  };
  child.once('exit', (code, signal) => {
    server.exited = { code, signal };
    // The group's other processes (workers) end with their parent.
    try { process.kill(-child.pid, 'SIGKILL'); } catch { /* none left */ }
    running.delete(server);
  });
  running.add(server);

  // accepts() takes about 100 ms per refusal, which paces this loop.
  const deadline = Date.now() + timeoutMs;
  while (!(await accepts(port))) {
    if (server.exited) throw new Error(`${name} exited (${JSON.stringify(server.exited)}):\n${fs.readFileSync(log, 'utf8').slice(-3000)}`);
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error(`${name} was not listening on port ${port} after ${timeoutMs} ms:\n${fs.readFileSync(log, 'utf8').slice(-3000)}`);
    }
  }
  return server;
}

// Whether something accepts a TCP connection on 127.0.0.1:port (waits at most 100 ms for a refusal).
function accepts(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    const done = (result) => { socket.destroy(); resolve(result); };
    socket.once('connect', () => done(true));
    socket.once('error', () => setTimeout(() => done(false), 100));
  });
}
