// Serves dist/ on a free loopback port, as `make serve` does, with the MIME types the browser needs.
import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
};

// extraRoots: { '/test-pages/': folder } serves a folder's files under a path prefix too.
// extraHeaders(url): more response headers for a request (e.g. a Content-Security-Policy).
export async function startStaticServer(root, extraRoots = {}, extraHeaders = () => ({})) {
  const server = http.createServer(async (request, response) => {
    const url = new URL(request.url, 'http://localhost');
    let base = path.resolve(root);
    let relative = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname);
    for (const [prefix, folder] of Object.entries(extraRoots)) {
      if (relative.startsWith(prefix)) {
        base = path.resolve(folder);
        relative = '/' + relative.slice(prefix.length);
      }
    }
    const file = path.join(base, path.normalize(relative));
    if (!file.startsWith(base)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await fs.readFile(file);
      response.writeHead(200, {
        'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream',
        ...extraHeaders(url),
      });
      response.end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(resolve)) };
}
