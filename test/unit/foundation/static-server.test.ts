// The server behind `npm start` and the browser tests: a static host's answers, and nothing outside dist/.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStaticServer, type StaticServer } from '../../../src/node/static-server.ts';

const dir = mkdtempSync(join(tmpdir(), 'interlock-serve-'));
const site = join(dir, 'dist');
let server: StaticServer;

before(async () => {
  mkdirSync(join(site, 'guide'), { recursive: true });
  mkdirSync(join(dir, 'dist-secret'));
  writeFileSync(join(site, 'index.html'), '<h1>home</h1>');
  writeFileSync(join(site, '404.html'), '<h1>lost</h1>');
  writeFileSync(join(site, 'guide', 'index.html'), '<h1>guide</h1>');
  writeFileSync(join(site, 'face.woff2'), 'wOF2');
  writeFileSync(join(dir, 'dist-secret', 'key.txt'), 'secret');
  server = await startStaticServer(site);
});
after(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A raw request, so paths reach the server exactly as written (fetch would normalise the dots away). */
function get(path: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}/`, { path }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk)).on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }));
    });
    req.on('error', reject).end();
  });
}

test('a folder serves its index.html, a font its font type', async () => {
  assert.deepEqual(await get('/guide/'), { status: 200, type: 'text/html; charset=utf-8', body: '<h1>guide</h1>' });
  assert.deepEqual(await get('/face.woff2'), { status: 200, type: 'font/woff2', body: 'wOF2' });
});

test('a missing page gets the site 404 page with status 404', async () => {
  assert.deepEqual(await get('/nowhere/'), { status: 404, type: 'text/html; charset=utf-8', body: '<h1>lost</h1>' });
});

test('no path leaves the site folder, not even one into a sibling that shares its name as a prefix', async () => {
  // The URL parser folds a literal or %2e dot segment itself; an escaped slash is decoded by the server.
  assert.equal((await get('/../dist-secret/key.txt')).status, 404);
  assert.equal((await get('/..%2Fdist-secret/key.txt')).status, 403);
  assert.equal((await get('/..%2F..%2Fetc%2Fpasswd')).status, 403);
});

test('a malformed escape is a 400, not a crash', async () => {
  assert.equal((await get('/%E0%A4%A')).status, 400);
  assert.equal((await get('/')).status, 200, 'still serving after it');
});

test('a port already taken is an error the caller can report', async () => {
  const port = Number(new URL(server.url).port);
  await assert.rejects(startStaticServer(site, port), { code: 'EADDRINUSE' });
});
