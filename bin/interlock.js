#!/usr/bin/env node
// interlock from a clone of the repository: checks the Node version in plain JavaScript (so old Nodes get a
// sentence, not a syntax error), then runs the TypeScript CLI. Teams install the bundled package instead
// (packages/cli), which runs on Node 20 and later.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  process.stderr.write(`interlock: Node.js ${process.versions.node} is too old to run the sources; install Node.js 22.18 or later (24 recommended), or install the interlock-cli package.\n`);
  process.exit(2);
}
if (!process.features.typescript) {
  process.stderr.write(`interlock: Node.js ${process.versions.node} cannot run TypeScript; use Node.js 22.18 or later, or run with --experimental-strip-types.\n`);
  process.exit(2);
}
await import('../src/cli/run.ts');
