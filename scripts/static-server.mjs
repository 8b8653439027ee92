// A plain static file server for dist/, as any host would serve it: no
// rewrites, no special headers. It serves under a sub-folder so that tests
// prove the page works away from the site root.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
};

/**
 * Serves `root` at `http://host:port{mount}`. Resolves to { url, close }.
 * `headers` are added to every response (for example a CSP). With
 * `brotli`, responses are compressed for clients that accept it, as most
 * hosts do (the benchmark uses that; the tests keep it simple).
 */
export async function serveStatic({ root, mount = '/', host = '127.0.0.1', port = 0, headers = {}, brotli = false }) {
  const base = resolve(root);
  // Compressed once per file version, as a host's cache or a build step would.
  const cache = new Map();
  const compressed = (file, modified, bytes) => {
    const key = `${file}@${modified}`;
    if (!cache.has(key)) cache.set(key, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    return cache.get(key);
  };
  const prefix = mount.endsWith('/') ? mount : `${mount}/`;
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    if (!path.startsWith(prefix)) {
      response.writeHead(404).end('Not found');
      return;
    }
    let file = normalize(join(base, path.slice(prefix.length)));
    if (!file.startsWith(base)) {
      response.writeHead(403).end('Forbidden');
      return;
    }
    try {
      let info = await stat(file);
      if (info.isDirectory()) {
        file = join(file, 'index.html');
        info = await stat(file);
      }
      let body = await readFile(file);
      const compress = brotli && /\bbr\b/.test(request.headers['accept-encoding'] ?? '');
      if (compress) body = compressed(file, info.mtimeMs, body);
      response.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
        ...(compress ? { 'Content-Encoding': 'br', Vary: 'Accept-Encoding' } : {}),
        ...headers,
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch {
      response.writeHead(404).end('Not found');
    }
  });
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, done);
  });
  const { port: actualPort } = server.address();
  return {
    url: `http://${host}:${actualPort}${prefix}`,
    close: () => new Promise((done) => server.close(done)),
  };
}
