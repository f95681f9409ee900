// The installed CLI's cold start: `interlock check` on a sample contract from the packaged bundle, against
// `node -e 0` on the same Node (budget: within 2x), and the repository's TypeScript CLI for comparison.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { build } from 'esbuild';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCli, englishOnlyZod } from '../build-cli.ts';

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

/**
 * The floor under any CLI built on the design's libraries: a bundle that only parses the sample with yaml and
 * validates it with a two-field zod schema, nothing of Interlock, built and started exactly like the package
 * (minified, English-only zod, a stub that turns on the compile cache). What it costs over `node -e 0` is what
 * the 2x budget leaves for Interlock's own work.
 */
async function buildFloor(dir: string): Promise<string> {
  const entry = join(ROOT, 'scripts', 'bench', '.cli-floor-entry.mjs');
  writeFileSync(entry, [
    "import { readFileSync } from 'node:fs';",
    "import { parseDocument } from 'yaml';",
    "import { z } from 'zod';",
    'z.config({ jitless: true });',
    'const schema = z.object({ interlock: z.number(), library: z.object({ name: z.string() }) }).loose();',
    "const ok = schema.safeParse(parseDocument(readFileSync(process.argv[2], 'utf8')).toJS()).success;",
    'if (!ok) { process.stderr.write("not a contract\\n"); process.exitCode = 1; }',
  ].join('\n'));
  try {
    // The same require shim the CLI bundle carries: yaml's CommonJS build requires node built-ins.
    const banner = "import{createRequire as __floorRequire}from'node:module';const require=__floorRequire(import.meta.url);";
    await build({
      entryPoints: [entry], outfile: join(dir, 'main.mjs'), bundle: true, platform: 'node', format: 'esm', target: 'node20',
      minify: true, legalComments: 'none', logLevel: 'error', banner: { js: banner }, plugins: [englishOnlyZod()],
    });
    const stub = join(dir, 'floor.mjs');
    writeFileSync(stub, "import module from 'node:module';\nmodule.enableCompileCache?.();\nawait import('./main.mjs');\n");
    return stub;
  } finally {
    rmSync(entry, { force: true });
  }
}

await buildCli();
const scratch = mkdtempSync(join(tmpdir(), 'interlock-cli-floor-'));
const floor = await buildFloor(scratch);
const bundle = join(ROOT, 'packages', 'cli', 'dist', 'interlock.js');
const nodes = [process.execPath, systemNode()].filter((n): n is string => n !== undefined);
console.log(`   median of ${RUNS} runs each, wall clock, after one warm-up`);
for (const node of new Set(nodes)) {
  const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
  const baseline = time(node, ['-e', '0']);
  const packaged = time(node, [bundle, 'check', SAMPLE]);
  const libraries = time(node, [floor, SAMPLE]);
  console.log(`   Node ${version}: node -e 0 ${baseline.toFixed(0)} ms; packaged interlock check ${packaged.toFixed(0)} ms = ${(packaged / baseline).toFixed(2)}x (budget 2x)`);
  console.log(`      floor: yaml parse + a two-field zod check of the same file, nothing else, ${libraries.toFixed(0)} ms = ${(libraries / baseline).toFixed(2)}x`);
}
rmSync(scratch, { recursive: true, force: true });
const sources = time(process.execPath, [join(ROOT, 'bin', 'interlock.js'), 'check', SAMPLE]);
console.log(`   the repository's TypeScript CLI on Node ${process.version}: ${sources.toFixed(0)} ms (for comparison; not what teams install)`);
