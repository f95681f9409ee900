// Times parse + validate + lint on a generated 300-function contract, the most a contract may declare
// (src/lib/contract/limits.ts; target: under 100 ms), plus the
// worst inputs the byte cap still admits. Prints figures; asserts nothing.
// Usage: npm exec -- node scripts/bench/contract-bench.ts [functions=300] [runs=30]
import { availableParallelism, loadavg } from 'node:os';
import { checkContract } from '../../src/lib/contract/check.ts';
import { contractFacts } from '../../src/lib/contract/facts.ts';
import { parseContract } from '../../src/lib/contract/parse.ts';

const functions = Number(process.argv[2] ?? 300);
const runs = Number(process.argv[3] ?? 30);

/** A realistic contract: per 5 functions one opaque handle with create/destroy, a buffer, a callback. */
export function generateContract(n: number): string {
  const out = ['interlock: 1', 'library: { name: bench, abi: "1.0", go_package: example.com/bench }', 'types:'];
  const groups = Math.ceil(n / 5);
  for (let g = 0; g < groups; g += 1) {
    out.push(
      `  Handle${g}: { kind: opaque, owner: rust, create: [bench_h${g}_new], destroy: bench_h${g}_free, threads: shared, sync: mutex-inside }`,
      `  Buf${g}: { kind: buffer, owner: rust, destroy: bench_b${g}_free }`,
      `  Info${g}:`,
      '    kind: struct',
      '    fields: [{ name: a, type: uint64_t }, { name: b, type: uint32_t }, { name: c, type: uint8_t }]',
      '    size: 16',
      '    align: 8',
    );
  }
  out.push('functions:');
  for (let g = 0; g < groups; g += 1) {
    out.push(
      `  bench_h${g}_new:`,
      `    params: { cfg: { type: bytes, from: go, pass: borrow, lifetime: call } }`,
      `    returns: { type: Handle${g}, pass: transfer }`,
      '    errors: out-param',
      '    panics: catch',
      `  bench_h${g}_free:`,
      `    params: { h: { type: Handle${g}, pass: transfer, nullable: true } }`,
      '    errors: none',
      '    panics: catch',
      `  bench_h${g}_read:`,
      `    params: { h: { type: Handle${g}, pass: borrow, lifetime: call }, info: { type: Info${g}, from: go, pass: borrow, lifetime: call } }`,
      `    returns: { type: Buf${g}, pass: transfer }`,
      '    errors: out-param',
      '    panics: catch',
      '    blocking: true',
      `    cancellable: { via: bench_h${g}_free }`,
      `  bench_b${g}_free:`,
      `    params: { b: { type: Buf${g}, pass: transfer, nullable: true } }`,
      '    errors: none',
      '    panics: catch',
      `  bench_h${g}_watch:`,
      `    params: { h: { type: Handle${g}, pass: borrow, lifetime: call }, cb: { type: callback, context: cgo-handle, runs-on: rust-thread, until: bench_h${g}_free } }`,
      '    errors: out-param',
      '    panics: catch',
    );
  }
  out.push('errors:', '  1: { name: invalid-argument, go: ErrInvalidArgument }', '');
  return out.join('\n');
}

/** Wall time and CPU time (user + system): on a busy machine wall time includes waiting for a core. */
function time(label: string, bytes: Uint8Array, fn: () => unknown): void {
  fn(); // warm-up: module-level work and JIT
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const c = process.cpuUsage();
    const t = performance.now();
    fn();
    wall.push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
  }
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  const p90 = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.9)] ?? 0;
  const f = (n: number): string => n.toFixed(1).padStart(7);
  console.log(`${label.padEnd(40)} ${(bytes.length / 1024).toFixed(0).padStart(5)} KiB  wall median ${f(median(wall))} ms p90 ${f(p90(wall))} ms  cpu median ${f(median(cpu))} ms`);
}

if (!import.meta.main) {
  // Imported for generateContract only.
} else {
  run();
}

function run(): void {
const text = generateContract(functions);
const bytes = new TextEncoder().encode(text);
const first = checkContract(bytes, 'bench.yaml');
const problems = first.parseDiagnostics.length + first.findings.length;
console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${availableParallelism()} cores`);
console.log(`generated contract: ${first.model?.functions.length ?? 0} functions, ${first.model?.types.length ?? 0} types, ${problems} problems`);
if (first.model !== undefined) console.log(`facts: ${contractFacts(first.model).join(', ')}`);

const cold = performance.now();
checkContract(bytes, 'cold.yaml');
console.log(`first call (includes warm-up)`.padEnd(44), `${(performance.now() - cold).toFixed(1)} ms`);
time(`parse + validate (${functions} functions)`, bytes, () => parseContract(bytes, 'bench.yaml'));
time(`parse + validate + lint (${functions} functions)`, bytes, () => checkContract(bytes, 'bench.yaml'));
time('parse + validate + lint + facts', bytes, () => {
  const r = checkContract(bytes, 'bench.yaml');
  return r.model === undefined ? [] : contractFacts(r.model);
});

// Worst cases the 1 MiB cap admits: they must be refused fast, not parsed slowly.
const head = 'interlock: 1\nlibrary: { name: demo, abi: "1.0", go_package: example.com/demo }\n';
const hostile: Record<string, string> = {
  'hostile: 1 MiB of [': '['.repeat(1024 * 1024 - 1),
  'hostile: 30,000 duplicate keys': `${head}functions:\n${'  demo_f: { errors: none }\n'.repeat(30_000)}`,
  'hostile: 100,000 aliases': `${head}x: &a [1]\ny: [${'*a, '.repeat(100_000)}*a]\n`,
  'hostile: 40,000 unknown fields': `${head}functions: {}\n${Array.from({ length: 40_000 }, (_, i) => `k${i}: ${i}`).join('\n')}\n`,
};
for (const [label, input] of Object.entries(hostile)) {
  const b = new TextEncoder().encode(input);
  time(label, b, () => checkContract(b, 'hostile.yaml'));
}
}
