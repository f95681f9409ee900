// Builds the installable CLI package in packages/cli/: the TypeScript CLI bundled by esbuild into plain
// JavaScript for Node 20 and later, the playbooks it reads, the CI gate scripts, and the licences of the code
// bundled into it.
// `npm run build:cli`, then `npm pack ./packages/cli` gives the tarball a team installs.
import { build, type Plugin } from 'esbuild';
import { chmodSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const PACKAGE = join(ROOT, 'packages', 'cli');
const DIST = join(PACKAGE, 'dist');

/**
 * zod's `z` namespace re-exports all of its 40-odd message locales (about 260 KB minified, a third of what
 * `interlock check` loads); Interlock words its own messages and zod speaks English here, so keep only `en`.
 */
export function englishOnlyZod(): Plugin {
  return {
    name: 'interlock-zod-english',
    setup(b) {
      b.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, () => ({ contents: "export { default as en } from './en.js';", loader: 'js' }));
    },
  };
}

/** The package reads the playbooks at run time exactly as the sources do: copy them, minus build output. */
function copyPlaybooks(): void {
  cpSync(join(ROOT, 'playbooks'), join(PACKAGE, 'playbooks'), {
    recursive: true,
    // Build output, and the toolchain probes (Go tests of Go and Rust themselves, not of a team's boundary).
    filter: (source) => !/[\\/](target|\.cache|node_modules|_probes)([\\/]|$)|[\\/]\.[^\\/]+$/.test(relative(ROOT, source)),
  });
}

/** One notice file with the licence of every npm package whose code the bundle contains. */
function writeLicences(inputs: string[]): void {
  const packages = new Map<string, string>();
  for (const input of inputs) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (m !== null) packages.set(m[1]!, join(ROOT, 'node_modules', m[1]!));
  }
  const sections = [...packages].sort(([a], [b]) => a.localeCompare(b)).map(([name, dir]) => {
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string; license?: string };
    const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
    const text = file === undefined ? `(licence: ${manifest.license ?? 'unknown'}; no licence file in the package)` : readFileSync(join(dir, file), 'utf8').trim();
    return `${name}@${manifest.version} (${manifest.license ?? 'unknown'})\n\n${text}\n`;
  });
  writeFileSync(join(DIST, 'THIRD_PARTY_LICENSES.txt'), `Code from these packages is bundled into interlock-cli.\n\n${sections.join('\n---\n\n')}`);
}

export async function buildCli(): Promise<void> {
  rmSync(DIST, { recursive: true, force: true });
  rmSync(join(PACKAGE, 'playbooks'), { recursive: true, force: true });
  mkdirSync(DIST, { recursive: true });
  const result = await build({
    absWorkingDir: ROOT,
    // The code reader's worker threads start from their own entry (src/node/code/read-pool.ts finds it).
    entryPoints: { main: 'src/cli/run.ts', 'read-worker': 'src/node/code/read-worker.ts' },
    outdir: DIST,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    minify: process.env.INTERLOCK_CLI_MINIFY !== "0",
    metafile: true,
    legalComments: 'none',
    logLevel: 'warning',
    // SVG rendering needs a browser driver, mermaid and the diagram font: optional peers, loaded only then.
    external: ['playwright-core', 'mermaid', '@fontsource/ibm-plex-sans'],
    alias: { '@playwright/test': 'playwright-core' },
    // Some bundled CommonJS code calls require() for Node's own modules.
    banner: { js: "import{createRequire as __interlockRequire}from'node:module';const require=__interlockRequire(import.meta.url);" },
    plugins: [englishOnlyZod()],
  });
  // The executable is a stub that turns on Node's compile cache (22.1 and later; Node 20 skips it) before the
  // bundle loads, so every run after the first skips compiling it: static imports would load first.
  const entry = join(DIST, 'interlock.js');
  writeFileSync(entry, [
    '#!/usr/bin/env node',
    '// interlock-cli: see ../README.md. The code is in main.js and its chunks.',
    "import module from 'node:module';",
    'module.enableCompileCache?.();',
    "await import('./main.js');",
    '',
  ].join('\n'));
  chmodSync(entry, 0o755);
  copyPlaybooks();
  // The code reader's parser runtime and grammars, found beside the bundle (src/node/code/parser.ts).
  mkdirSync(join(DIST, 'grammars'));
  for (const spec of ['web-tree-sitter/web-tree-sitter.wasm', 'tree-sitter-c/tree-sitter-c.wasm', 'tree-sitter-rust/tree-sitter-rust.wasm', 'tree-sitter-go/tree-sitter-go.wasm']) {
    cpSync(join(ROOT, 'node_modules', spec), join(DIST, 'grammars', spec.split('/')[1]!));
  }
  // The merge gate and the GitLab note poster, for the GitHub Action, the GitLab template and teams' own CI.
  rmSync(join(PACKAGE, 'ci'), { recursive: true, force: true });
  mkdirSync(join(PACKAGE, 'ci'));
  for (const file of ['interlock-gate.sh', 'gitlab-note.mjs']) cpSync(join(ROOT, 'examples', 'ci', file), join(PACKAGE, 'ci', file));
  writeLicences(Object.keys(result.metafile.inputs));
  cpSync(join(ROOT, 'LICENSE'), join(PACKAGE, 'LICENSE'));
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildCli();
  console.log(`built ${relative(ROOT, DIST)}/ (${readdirSync(DIST).length} files) and ${relative(ROOT, join(PACKAGE, 'playbooks'))}/`);
}

