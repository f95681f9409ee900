// The wizard page's up-front code and the engine's pure modules never load zod or yaml: their runtime imports are walked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(import.meta.dirname, '../../..');
const HEAVY = ['zod', 'yaml'];

interface Imports {
  /** Modules loaded when this one loads: repository paths, or package names for bare specifiers. */
  eager: string[];
  /** Targets of `import()` calls, loaded only when the call runs. */
  lazy: string[];
}

/** A bare specifier's package (`zod`, `zod/v4` -> zod; `@scope/pkg/x` -> @scope/pkg); a relative one's repository path. */
function target(from: string, specifier: string): string {
  if (specifier.startsWith('.')) return relative(ROOT, resolve(dirname(join(ROOT, from)), specifier));
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

/** Every import that survives type erasure. `import { type A } from 'x'` still loads x under verbatimModuleSyntax, so it counts. */
function importsOf(file: string): Imports {
  const source = ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true);
  const eager: string[] = [];
  const lazy: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      if (node.importClause?.isTypeOnly !== true) eager.push(target(file, node.moduleSpecifier.text));
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier !== undefined && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!node.isTypeOnly) eager.push(target(file, node.moduleSpecifier.text));
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      assert.ok(arg !== undefined && ts.isStringLiteral(arg), `${file}: import() takes a literal path, so this test can follow it`);
      lazy.push(target(file, arg.text));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { eager, lazy };
}

/** Every module `entry` loads up front, each with the chain of imports that reaches it, and the import() targets met on the way. */
function eagerGraph(entry: string): { reached: Map<string, string[]>; lazy: Set<string> } {
  const reached = new Map<string, string[]>([[entry, [entry]]]);
  const lazy = new Set<string>();
  const queue = [entry];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    const chain = reached.get(file) ?? [];
    const found = importsOf(file);
    for (const l of found.lazy) lazy.add(l);
    for (const next of found.eager) {
      if (reached.has(next)) continue;
      reached.set(next, [...chain, next]);
      if (next.endsWith('.ts')) {
        assert.ok(existsSync(join(ROOT, next)), `${file} imports ${next}, which does not exist`);
        queue.push(next);
      }
    }
  }
  return { reached, lazy };
}

/** The chains by which `entry` loads a heavy package up front, one line each. */
function heavyChains(entry: string): string[] {
  const { reached } = eagerGraph(entry);
  return HEAVY.filter((pkg) => reached.has(pkg)).map((pkg) => (reached.get(pkg) ?? []).join(' -> '));
}

test('the wizard page loads neither zod nor yaml before the first export or contract import', () => {
  const entry = 'src/wizard/main.ts';
  assert.deepEqual(heavyChains(entry), []);
  // The engine with its schemas arrives through these import() calls only.
  assert.deepEqual([...eagerGraph(entry).lazy].sort(), ['src/wizard/contract-import.ts', 'src/wizard/exports.ts']);
});

// contract-checklist.ts reads a contract's sources: block with yaml; the wizard loads it only with the exports
// and the contract import, which are loaded on first use.
const READS_FILES = new Set(['load-playbook.ts', 'index.ts', 'contract-checklist.ts']);

test('every pure engine module loads neither zod nor yaml (only *-schema.ts, load-playbook.ts, contract-checklist.ts and index.ts do)', () => {
  const engine = 'src/lib/engine';
  const pure = readdirSync(join(ROOT, engine))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('-schema.ts') && !READS_FILES.has(f))
    .map((f) => `${engine}/${f}`);
  assert.ok(pure.length >= 10, `only ${pure.length} pure engine modules found`);
  for (const file of [...pure, 'src/lib/contract/names.ts', 'src/lib/rules/vocabulary.ts', 'src/lib/export/markdown.ts']) {
    assert.deepEqual(heavyChains(file), [], file);
  }
});

test('the walk follows runtime imports and skips type-only ones', () => {
  // The schema modules do load zod and yaml, so a pure module importing one of them at runtime would be caught.
  const chains = heavyChains('src/lib/engine/answers-schema.ts');
  assert.deepEqual(chains.map((c) => c.split(' -> ').at(-1)), ['zod', 'yaml']);
  assert.equal(chains[0], 'src/lib/engine/answers-schema.ts -> zod');
  // questions.ts names its schema module in an `import type` only.
  assert.ok(!eagerGraph('src/lib/engine/questions.ts').reached.has('src/lib/engine/questions-schema.ts'));
});
