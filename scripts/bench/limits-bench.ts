// The cost of the largest input each command accepts, and of the worst refusals: CPU time and peak memory
// of the whole process (start-up included), against the budget of issue 17 (2 s of CPU, 500 MB).
// Figures are printed, never asserted. Usage: npm exec -- node scripts/bench/limits-bench.ts
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COST_LIMITS, DEFAULT_LIMITS, scanCost } from '../../src/lib/contract/limits.ts';
import { generateContract } from './contract-bench.ts';
import { printTable, type Figure } from './print-figures.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RUNNER = join(ROOT, 'scripts', 'bench', 'measured-cli.ts');
const HEADER = 'interlock: 1\nlibrary: { name: bench, abi: "1.0", go_package: example.com/bench }\n';

interface Cost { code: number; cpuMs: number; maxRssMb: number; stdoutBytes: number }

function accepted(text: string): boolean {
  return text.length <= DEFAULT_LIMITS.maxBytes && scanCost(text, 'bench.yaml') === undefined;
}

/** The realistic contract with the most functions every cap admits (stepping down from the function cap). */
function largestRealistic(): { text: string; functions: number } {
  for (let n = COST_LIMITS.maxFunctions; n > 0; n -= 10) {
    const text = generateContract(n);
    if (accepted(text)) return { text, functions: n };
  }
  throw new Error('no generated contract fits the caps');
}

/** The same contract after a change to every function's error policy and panic policy: a diff with the most changes. */
function everythingChanged(text: string): string {
  return text.replace('abi: "1.0"', 'abi: "2.0"').replaceAll('errors: out-param', 'errors: return-code').replaceAll('panics: catch', 'panics: abort');
}

function measure(args: string[], cwd: string): Cost {
  const r = spawnSync(process.execPath, [RUNNER, ...args], { cwd, encoding: 'utf8', maxBuffer: 1024 * 1024 });
  const last = r.stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(last) as Cost;
  } catch {
    throw new Error(`interlock ${args.join(' ')} did not report its cost: ${r.stderr.slice(0, 500)}`);
  }
}

function run(): void {
  const dir = mkdtempSync(join(tmpdir(), 'interlock-limits-'));
  try {
    const big = largestRealistic();
    const files: Record<string, string> = {
      'largest.yaml': big.text,
      'largest-changed.yaml': everythingChanged(big.text),
      // Findings: every function lacks its error and panic policy (two findings each).
      'findings.yaml': `${HEADER}functions:\n${Array.from({ length: COST_LIMITS.maxFunctions }, (_, i) => `  f_${i}: {}\n`).join('')}`,
      // Entries: a flow list just under the entry cap (refused by the schema after parsing: the worst parse).
      'entries.yaml': `${HEADER}functions: {}\nx: [${'0,'.repeat(COST_LIMITS.maxItems - 20)}0]\n`,
      // Lines: comment lines just under the line cap.
      'lines.yaml': `${HEADER}functions: {}\n${'#\n'.repeat(COST_LIMITS.maxLines - 5)}`,
      // Refusals: far past the entry cap and the function cap (must be refused cheaply).
      'entries-refused.yaml': `${HEADER}x: [${'0,'.repeat(400_000)}0]\n`,
    };
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    for (const name of ['largest.yaml', 'findings.yaml', 'entries.yaml', 'lines.yaml']) {
      if (!accepted(files[name] ?? '')) throw new Error(`${name} is past a cap: the bench would measure a refusal`);
    }
    console.log(`largest realistic contract: ${big.functions} functions, ${(big.text.length / 1024).toFixed(0)} KiB`);
    const cases: Array<{ name: string; args: string[] }> = [
      { name: 'check, largest contract (text)', args: ['check', 'largest.yaml'] },
      { name: 'check, largest contract (sarif)', args: ['check', '--format', 'sarif', 'largest.yaml'] },
      { name: `check, ${COST_LIMITS.maxFunctions * 2} findings (text)`, args: ['check', 'findings.yaml'] },
      { name: `check, ${COST_LIMITS.maxFunctions * 2} findings (json)`, args: ['check', '--format', 'json', 'findings.yaml'] },
      { name: 'check, entries just under the cap', args: ['check', 'entries.yaml'] },
      { name: 'check, lines just under the cap', args: ['check', 'lines.yaml'] },
      { name: 'check, 400,000 entries (refused)', args: ['check', 'entries-refused.yaml'] },
      { name: 'diff, largest, every function changed (text)', args: ['diff', 'largest.yaml', 'largest-changed.yaml'] },
      { name: 'diff, largest, every function changed (md)', args: ['diff', '--format', 'md', 'largest.yaml', 'largest-changed.yaml'] },
      { name: 'diff, largest, every function changed (json)', args: ['diff', '--format', 'json', 'largest.yaml', 'largest-changed.yaml'] },
      { name: 'diff, two files of entries just under the cap', args: ['diff', 'entries.yaml', 'entries.yaml'] },
      { name: 'diagram, largest contract (mermaid)', args: ['diagram', 'largest.yaml'] },
      { name: 'diagram, largest contract (svg, refused)', args: ['diagram', '--format', 'svg', 'largest.yaml'] },
      { name: 'checklist, largest contract (md)', args: ['checklist', '--date', '2026-01-01', '--contract', 'largest.yaml'] },
      { name: 'bundle, largest contract', args: ['bundle', '--date', '2026-01-01', '--contract', 'largest.yaml', '-o', 'bundle.zip'] },
    ];
    const cpu: Figure[] = [];
    const rss: Figure[] = [];
    for (const c of cases) {
      const cost = measure(c.args, dir);
      const note = `exit ${cost.code}, ${(cost.stdoutBytes / 1024).toFixed(0)} KiB printed`;
      cpu.push({ name: c.name, value: Math.round(cost.cpuMs), unit: 'ms CPU', budget: 2000, note });
      rss.push({ name: c.name, value: Math.round(cost.maxRssMb), unit: 'MB peak RSS', budget: 500 });
    }
    printTable('CPU time per command, whole process (budget 2 s)', cpu);
    printTable('Peak resident memory per command (budget 500 MB)', rss);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

run();
