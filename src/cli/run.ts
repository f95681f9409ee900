// The process around main(): real streams, the working directory, the exit code. The repository's
// bin/interlock.js and the packaged CLI (packages/cli) both start here, so they behave the same.
import { z } from 'zod';
import { readBoundedFromDisk } from './io.ts';
import { main } from './main.ts';
import { siteUrlFrom } from './site-url.ts';

/** INTERLOCK_SITE_URL, when it is an http(s) URL; anything else is ignored with one line on stderr. */
function siteUrlOption(): { siteUrl?: string } {
  const raw = process.env['INTERLOCK_SITE_URL'];
  const siteUrl = siteUrlFrom(raw);
  if (raw !== undefined && raw.trim() !== '' && siteUrl === undefined) process.stderr.write('interlock: INTERLOCK_SITE_URL is not an http(s) URL; help and reports carry no links\n');
  return siteUrl === undefined ? {} : { siteUrl };
}

// One run validates a handful of files: compiling each schema to a fast path (zod's JIT) costs more than it
// saves, about 20 ms of a cold `interlock check` (scripts/bench/cli-bench.ts prints the total).
z.config({ jitless: true });

// A reader that goes away early (`interlock check ... | head`) is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    process.exit(error.code === 'EPIPE' ? (process.exitCode ?? 0) : 2);
  });
}

try {
  process.exitCode = await main(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    readBounded: readBoundedFromDisk,
    ...siteUrlOption(),
  });
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`interlock: internal error: ${message.split('\n')[0]}\n`);
  process.exitCode = 2;
}
