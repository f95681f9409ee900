#!/usr/bin/env node
// interlock's executable: checks the Node version in plain JavaScript (so old Nodes get a sentence, not a
// syntax error), then hands over to the TypeScript CLI.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  process.stderr.write(`interlock: Node.js ${process.versions.node} is too old; install Node.js 22.18 or later (24 recommended).\n`);
  process.exit(2);
}
if (!process.features.typescript) {
  process.stderr.write(`interlock: Node.js ${process.versions.node} cannot run TypeScript; use Node.js 22.18 or later, or run with --experimental-strip-types.\n`);
  process.exit(2);
}

// A reader that goes away early (`interlock check ... | head`) is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error && error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    process.exit(2);
  });
}

try {
  const { main } = await import('../src/cli/main.ts');
  const { readBoundedFromDisk } = await import('../src/cli/io.ts');
  const code = await main(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    readBounded: readBoundedFromDisk,
  });
  process.exitCode = code;
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`interlock: internal error: ${message.split('\n')[0]}\n`);
  process.exitCode = 2;
}
