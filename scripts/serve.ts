// `npm run serve` (the second half of `npm start`): serves the built site in dist/ the way a static host
// would. The browser tests start the site through this very script, so a broken `npm start` fails `npm test`.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startStaticServer } from '../src/node/static-server.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const USAGE = 'usage: npm run serve -- [--host 127.0.0.1] [--port 4321] [--dir dist]';

function fail(message: string): never {
  console.error(`serve: ${message}`);
  process.exit(1);
}

function options(): { host: string; port: number; dir: string } {
  let values: { host?: string; port?: string; dir?: string };
  try {
    ({ values } = parseArgs({ options: { host: { type: 'string' }, port: { type: 'string' }, dir: { type: 'string' } }, strict: true }));
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`);
  }
  const port = Number(values.port ?? process.env.PORT ?? 4321);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port takes a whole number from 0 to 65535\n${USAGE}`);
  return { host: values.host ?? '127.0.0.1', port, dir: values.dir ?? 'dist' };
}

const { host, port, dir } = options();
const site = resolve(ROOT, dir);
if (!existsSync(join(site, 'index.html'))) fail(`there is no built site in ${dir}/: run \`npm run build\` first (\`npm start\` does both).`);
let server;
try {
  server = await startStaticServer(site, port, host);
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  fail(code === 'EADDRINUSE' ? `port ${port} is already in use: stop what runs there, or pass --port N` : `cannot listen on ${host}:${port}: ${(error as Error).message}`);
}
const shown = host === '127.0.0.1' ? `http://localhost:${port}` : server.url;
console.log(`Interlock is served at ${shown}/ (Ctrl+C to stop)`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void server.close().then(() => process.exit(0)));
}
