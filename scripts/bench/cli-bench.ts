// The installed CLI's cold start: `interlock check` on a sample contract from the packaged bundle, against
// `node -e 0` on the same Node (budget: within 2x), and the repository's TypeScript CLI for comparison.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCli } from '../build-cli.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SAMPLE = join(ROOT, 'content', 'contracts', 'imgcodec.yaml');
const RUNS = 15;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Wall-clock milliseconds of one run, median of RUNS after one warm-up (the OS file cache, not Node's). */
function time(node: string, args: string[]): number {
  const samples: number[] = [];
  for (let i = 0; i <= RUNS; i += 1) {
    const started = performance.now();
    const r = spawnSync(node, args, { cwd: ROOT, stdio: 'ignore' });
    if (r.status !== 0) throw new Error(`${node} ${args.join(' ')} exited with ${r.status}`);
    if (i > 0) samples.push(performance.now() - started);
  }
  return median(samples);
}

function systemNode(): string | undefined {
  for (const dir of (process.env['PATH'] ?? '').split(delimiter)) {
    if (dir === '' || dir.includes('node_modules')) continue;
    try {
      accessSync(join(dir, 'node'), constants.X_OK);
      return join(dir, 'node');
    } catch {
      // not here
    }
  }
  return undefined;
}

await buildCli();
const bundle = join(ROOT, 'packages', 'cli', 'dist', 'interlock.js');
const nodes = [process.execPath, systemNode()].filter((n): n is string => n !== undefined);
console.log(`   median of ${RUNS} runs each, wall clock, after one warm-up`);
for (const node of new Set(nodes)) {
  const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
  const baseline = time(node, ['-e', '0']);
  const packaged = time(node, [bundle, 'check', SAMPLE]);
  console.log(`   Node ${version}: node -e 0 ${baseline.toFixed(0)} ms; packaged interlock check ${packaged.toFixed(0)} ms = ${(packaged / baseline).toFixed(2)}x (budget 2x)`);
}
const sources = time(process.execPath, [join(ROOT, 'bin', 'interlock.js'), 'check', SAMPLE]);
console.log(`   the repository's TypeScript CLI on Node ${process.version}: ${sources.toFixed(0)} ms (for comparison; not what teams install)`);
