// Every pattern's contract.yaml: it exists, `interlock check` and `interlock drift` find nothing, and what
// `interlock init` drafts from the pattern's own header and code agrees with it wherever the draft decides.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { allDiagnostics, checkContract } from '../../../src/lib/contract/check.ts';
import { runMain } from '../cli/run-main.ts';

const ROOT = 'playbooks/patterns';
const PATTERNS = readdirSync(ROOT).filter((d) => !d.startsWith('_') && !d.startsWith('.') && !d.endsWith('.md')).sort();

test('every pattern has a contract', () => {
  assert.equal(PATTERNS.length, 13);
  for (const id of PATTERNS) assert.ok(readdirSync(join(ROOT, id)).includes('contract.yaml'), `${id}/contract.yaml`);
});

for (const id of PATTERNS) {
  const file = join(ROOT, id, 'contract.yaml');

  test(`${id}: interlock check and interlock drift find nothing`, async () => {
    assert.deepEqual(allDiagnostics(checkContract(readFileSync(file), file)).map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`), []);
    const drift = await runMain(['drift', file]);
    // A contract with a struct also has its layout compared with what the C compiler computes.
    const structs = Object.values((parse(readFileSync(file, 'utf8')) as Tree)['types'] ?? {}).some((t) => (t as Tree)['kind'] === 'struct');
    assert.deepEqual([drift.status, drift.stdout, drift.stderr], [0, `${structs ? 'note: struct layouts checked with cc\n' : ''}drift: no differences\n`, '']);
  });

  test(`${id}: what init drafts from the code agrees with the contract wherever it decides`, async () => {
    const contract = parse(readFileSync(file, 'utf8')) as Tree;
    const dir = mkdtempSync(join(tmpdir(), `interlock-init-${id}-`));
    try {
      const src = contract['sources'] as Record<string, string>;
      const out = join(dir, 'draft.yaml');
      const r = await runMain(['init', '--header', join(ROOT, id, src['header']!), '--rust', join(ROOT, id, src['rust']!), '--go', join(ROOT, id, src['go']!), '--out', out]);
      assert.equal(r.status, 0, r.stderr);
      const draft = parse(readFileSync(out, 'utf8')) as Tree;
      // A disagreement is either a reader bug or a contract fact the code cannot show: fix the reader, or the
      // contract, rather than pin it here.
      assert.deepEqual(disagreements(renamed(draft, contract), filled(contract)), []);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

type Tree = Record<string, unknown>;

/**
 * Types the header has no name for (a CString handed out, a block lent from a pool) are named by init; choosing
 * the name is the team's, like filling a todo. Each such draft name becomes the contract's name for the type at
 * the first parameter or result where the draft uses it.
 */
function renamed(draft: Tree, contract: Tree): Tree {
  const theirs = (contract['types'] ?? {}) as Tree;
  const mine = (draft['types'] ?? {}) as Tree;
  const names = new Map<string, string>();
  for (const [name, fn] of Object.entries((draft['functions'] ?? {}) as Record<string, Tree>)) {
    const other = ((contract['functions'] as Tree)[name] ?? {}) as Tree;
    const slots: [unknown, unknown][] = [[fn['returns'], other['returns']], ...Object.entries((fn['params'] ?? {}) as Tree).map(([p, v]): [unknown, unknown] => [v, ((other['params'] ?? {}) as Tree)[p]])];
    for (const [a, b] of slots) {
      const t = (a as Tree | undefined)?.['type'] as string | undefined;
      const u = (b as Tree | undefined)?.['type'] as string | undefined;
      if (t !== undefined && u !== undefined && t in mine && !(t in theirs) && !names.has(t)) names.set(t, u);
    }
  }
  const rename = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(rename);
    if (v === null || typeof v !== 'object') return v;
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [names.get(k) ?? k, k === 'type' && typeof x === 'string' ? (names.get(x) ?? x) : rename(x)]));
  };
  return rename(draft) as Tree;
}

/** The contract with its `defaults:` written into every function, as a draft would spell them. */
function filled(contract: Tree): Tree {
  const defaults = (contract['defaults'] ?? {}) as Tree;
  const functions = Object.fromEntries(Object.entries(contract['functions'] as Record<string, Tree>).map(([name, fn]) => [name, { ...defaults, ...fn }]));
  return { ...contract, functions };
}

/**
 * "Filling the todos" means taking the contract's value wherever the draft says todo; so the draft agrees when
 * it declares the same types and functions with the same parameters, and every value it did decide (not todo)
 * is the contract's. Documentation, the library block and the source paths are the team's to write.
 */
function disagreements(draft: Tree, contract: Tree): string[] {
  const out: string[] = [];
  for (const section of ['types', 'functions'] as const) {
    // A draft with nothing under types: (only comments) reads as null.
    const mine = Object.keys((draft[section] ?? {}) as Tree);
    const theirs = Object.keys((contract[section] ?? {}) as Tree);
    if (mine.join() !== theirs.join()) out.push(`${section}: draft [${mine.join(', ')}], contract [${theirs.join(', ')}]`);
  }
  for (const [name, fn] of Object.entries((draft['functions'] ?? {}) as Record<string, Tree>)) {
    const params = Object.keys((fn['params'] ?? {}) as Tree).join();
    const theirs = Object.keys((((contract['functions'] as Tree)[name] as Tree | undefined)?.['params'] ?? {}) as Tree).join();
    if (params !== theirs) out.push(`functions.${name}.params: draft [${params}], contract [${theirs}]`);
  }
  const walk = (value: unknown, other: unknown, path: string[]): void => {
    if (path.at(-1) === 'doc' || value === 'todo') return;
    // Struct fields are a list: compared entry by entry, so a field's doc in the contract is a filled todo.
    if (Array.isArray(value) && value.some((v) => v !== null && typeof v === 'object')) {
      if (!Array.isArray(other) || other.length !== value.length) out.push(`${path.join('.')}: draft ${value.length} entries, contract ${Array.isArray(other) ? other.length : 'none'}`);
      else value.forEach((v, i) => walk(v, other[i], [...path, String(i)]));
      return;
    }
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [k, v] of Object.entries(value)) walk(v, other !== null && typeof other === 'object' ? (other as Tree)[k] : undefined, [...path, k]);
      return;
    }
    if (JSON.stringify(value) !== JSON.stringify(other)) out.push(`${path.join('.')}: draft ${JSON.stringify(value)}, contract ${JSON.stringify(other)}`);
  };
  walk(draft['types'] ?? {}, contract['types'] ?? {}, ['types']);
  walk(draft['functions'], contract['functions'], ['functions']);
  return out;
}
