// `npm run bench`: every performance figure Interlock tracks, each bench printing against its own budget.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

// The site bench builds the site first, so the benches after it measure the current build.
const BENCHES: Array<{ title: string; script: string }> = [
  { title: 'Site: build, sizes, JavaScript per page', script: 'scripts/bench/site-bench.ts' },
  { title: 'Contracts: parse and lint', script: 'scripts/bench/contract-bench.ts' },
  { title: 'Hostile corpus: CPU time to refuse each case', script: 'scripts/bench/hostile-bench.ts' },
  { title: 'Limits: every command on the largest input it accepts (CPU and peak memory)', script: 'scripts/bench/limits-bench.ts' },
  { title: 'Diagrams: Mermaid text and SVG rendering', script: 'scripts/bench/diagram-bench.ts' },
  { title: 'Diagrams: ownership map sizes against the content column', script: 'scripts/bench/diagram-size-bench.ts' },
  { title: 'Checklists: generation from answers', script: 'scripts/bench/checklist-bench.ts' },
  { title: 'Code: scan of a generated 100,000-line header + Rust + Go repository', script: 'scripts/bench/code-scan-bench.ts' },
  { title: 'Wizard and bundle', script: 'scripts/bench/wizard-bench.ts' },
  { title: 'Installed CLI: cold start', script: 'scripts/bench/cli-bench.ts' },
  { title: 'Pattern library: time per pattern and detector', script: 'scripts/audit-patterns.ts' },
];

const only = process.argv.slice(2);
console.log('Interlock benchmarks (figures are printed, never asserted)');
let failures = 0;
for (const bench of BENCHES) {
  if (only.length && !only.some((word) => bench.script.includes(word))) continue;
  console.log(`\n━━ ${bench.title} (${bench.script})`);
  if (!existsSync(`${ROOT}${bench.script}`)) {
    console.log('   not present in this checkout');
    continue;
  }
  const result = spawnSync(process.execPath, [bench.script], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) {
    failures++;
    console.log(`   ${bench.script} exited with ${result.status ?? result.signal}`);
  }
}
process.exit(failures ? 1 : 0);
