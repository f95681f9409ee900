// The process around main(): real streams, the working directory, the exit code. The repository's
// bin/interlock.js and the packaged CLI (packages/cli) both start here, so they behave the same.
import { readBoundedFromDisk } from './io.ts';
import { main } from './main.ts';

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
  });
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`interlock: internal error: ${message.split('\n')[0]}\n`);
  process.exitCode = 2;
}
