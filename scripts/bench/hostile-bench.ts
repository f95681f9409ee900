// CPU time `interlock check` spends refusing each case of the hostile corpus (test/fixtures/hostile/): the
// figure the unit test used to assert. Prints the median of a few runs per case against a 2 s budget.
// Usage: npm exec -- node scripts/bench/hostile-bench.ts [runs=5]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContract } from '../../src/lib/contract/check.ts';
import { printTable, type Figure } from './print-figures.ts';

const DIR = fileURLToPath(new URL('../../test/fixtures/hostile/', import.meta.url));
const runs = Number(process.argv[2] ?? 5);

interface Generated { prefix?: string; repeat: string; count: number; suffix?: string }

/** The bytes a case feeds the CLI: a committed .yaml file, or one generated from .generate.json. */
function caseBytes(name: string): Uint8Array {
  const files = readdirSync(DIR);
  if (files.includes(`${name}.generate.json`)) {
    const gen = JSON.parse(readFileSync(join(DIR, `${name}.generate.json`), 'utf8')) as Generated;
    return new TextEncoder().encode((gen.prefix ?? '') + gen.repeat.repeat(gen.count) + (gen.suffix ?? ''));
  }
  return new Uint8Array(readFileSync(join(DIR, `${name}.yaml`)));
}

function cpuMedian(bytes: Uint8Array): number {
  checkContract(bytes, 'warm-up.yaml');
  const samples = Array.from({ length: runs }, () => {
    const before = process.cpuUsage();
    checkContract(bytes, 'hostile.yaml');
    const used = process.cpuUsage(before);
    return (used.user + used.system) / 1000;
  }).sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

const names = readdirSync(DIR).filter((f) => f.endsWith('.expected.json')).map((f) => f.slice(0, -'.expected.json'.length)).sort();
const figures: Figure[] = names.map((name) => ({ name, value: Math.round(cpuMedian(caseBytes(name)) * 10) / 10, unit: 'ms CPU', budget: 2000 }));
const slowest = Math.max(...figures.map((f) => f.value ?? 0));
figures.push({ name: `slowest of ${names.length} cases`, value: slowest, unit: 'ms CPU', budget: 2000 });
printTable(`Hostile corpus: CPU time to refuse each case (median of ${runs})`, figures);
