// A minimal static file server over a built site, for benchmarks and tools that need the site on loopback.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves `root` on `host` (loopback unless given; a free port unless given), as a static host would:
 * /x/ -> x/index.html. Rejects when the port cannot be had (EADDRINUSE and the like).
 */
export function startStaticServer(root: string, port = 0, host = '127.0.0.1'): Promise<StaticServer> {
  const base = normalize(root).replace(/[\\/]+$/, '');
  const server = createServer((request, response) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      return void response.writeHead(400).end('Bad request');
    }
    // normalize() then a check against root plus a separator keeps requests inside root (a bare prefix
    // check would let /../dist-other/ through).
    let file = normalize(join(base, path));
    if (file !== base && !file.startsWith(base + sep)) return void response.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404, { 'content-type': TYPES['.html']! });
      const notFound = join(root, '404.html');
      return void (existsSync(notFound) ? createReadStream(notFound).pipe(response) : response.end('Not found'));
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    // Behave like a production host: compress text, and cache Astro's content-hashed assets for good.
    const headers: Record<string, string> = {
      'content-type': type,
      'cache-control': path.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    const compress = /text|javascript|json|svg|xml/.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']));
    if (compress) headers['content-encoding'] = 'gzip';
    response.writeHead(200, headers);
    const body = createReadStream(file);
    (compress ? body.pipe(createGzip()) : body).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolve({ url: `http://${host}:${actualPort}`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}
