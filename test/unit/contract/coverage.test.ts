// Keeps rules, their cases, their docs and the sample contracts in step: nothing ships undocumented or untested.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { allDiagnostics, checkContract } from '../../../src/lib/contract/check.ts';
import { contractJsonSchema } from '../../../src/lib/contract/json-schema.ts';
import { RULES } from '../../../src/lib/contract/rules/index.ts';
import { formatReference } from '../../../src/lib/contract/format-reference.ts';

const root = new URL('../../../', import.meta.url);
const at = (path: string) => new URL(path, root);
const SAMPLES = ['imgcodec', 'storage-engine', 'crypto-vault', 'rure', 'wasmtime', 'rustls'];

test('every rule has its module, its cases, its test file; every case folder has a rule', () => {
  const missing: string[] = [];
  for (const { meta } of RULES) {
    for (const path of [`src/lib/contract/rules/${meta.id}.ts`, `test/fixtures/contract/rules/${meta.id}/valid.yaml`, `test/fixtures/contract/rules/${meta.id}/invalid.yaml`, `test/unit/contract/rules/${meta.id}.test.ts`]) {
      if (!existsSync(at(path))) missing.push(path);
    }
  }
  assert.deepEqual(missing, []);
  const folders = readdirSync(at('test/fixtures/contract/rules/')).sort();
  assert.deepEqual(folders, RULES.map((r) => r.meta.id).sort());
});

test('every rule has a docs page: the lint pages are generated from the rule list', () => {
  const page = readFileSync(at('src/pages/lint/[id].astro'), 'utf8');
  assert.match(page, /getStaticPaths/);
  assert.match(page, /RULES\.map/);
  assert.match(page, /test\/fixtures\/contract\/rules/);
  const index = readFileSync(at('src/pages/lint/index.astro'), 'utf8');
  assert.match(index, /RULES/);
});

test('rule metadata is complete, IDs are unique kebab-case, facts and seed points exist', () => {
  const vocabulary = Object.keys((parse(readFileSync(at('playbooks/facts.yaml'), 'utf8')) as { facts: object }).facts);
  const ids = RULES.map((r) => r.meta.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const { meta } of RULES) {
    assert.match(meta.id, /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
    assert.ok(meta.title.length > 10 && meta.description.length > 40 && meta.rationale.length > 80, meta.id);
    for (const fact of meta.facts ?? []) assert.ok(vocabulary.includes(fact), `${meta.id}: unknown fact ${fact}`);
    for (const seed of meta.covers ?? []) assert.match(seed, /^S0-(0[1-9]|[1-3][0-9])$|^S1-(0[1-9]|[12][0-9]|3[01])$/, `${meta.id}: ${seed}`);
  }
});

test('the sample contracts and the gallery starter are valid and lint-clean', () => {
  for (const name of SAMPLES) {
    const file = `content/contracts/${name}.yaml`;
    const result = checkContract(new Uint8Array(readFileSync(at(file))), file);
    assert.deepEqual(allDiagnostics(result).map((d) => `${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`), []);
  }
  const skeleton = 'src/site/contract-skeleton.yaml';
  assert.deepEqual(allDiagnostics(checkContract(new Uint8Array(readFileSync(at(skeleton))), skeleton)), [], 'the gallery starter must be clean');
  assert.deepEqual(readdirSync(at('content/contracts/')).filter((f) => f.endsWith('.yaml')).sort(), SAMPLES.map((s) => `${s}.yaml`).sort());
});

/** Every field name and every closed-list word the JSON Schema defines (enum `repr` integer widths aside). */
function vocabularyOf(schema: unknown, keys: Set<string>, words: Set<string>): void {
  if (Array.isArray(schema)) {
    for (const s of schema) vocabularyOf(s, keys, words);
    return;
  }
  if (typeof schema !== 'object' || schema === null) return;
  const obj = schema as Record<string, unknown>;
  if (typeof obj['properties'] === 'object' && obj['properties'] !== null) for (const k of Object.keys(obj['properties'])) keys.add(k);
  if (Array.isArray(obj['enum'])) for (const w of obj['enum']) words.add(String(w));
  if (typeof obj['const'] === 'string') words.add(obj['const']);
  for (const [k, v] of Object.entries(obj)) {
    if (k === 'examples') continue;
    if (k === 'properties' && typeof v === 'object' && v !== null) {
      for (const [name, sub] of Object.entries(v)) if (name !== 'repr') vocabularyOf(sub, keys, words);
      continue;
    }
    vocabularyOf(v, keys, words);
  }
}

function usedIn(data: unknown, keys: Set<string>, values: Set<string>): void {
  if (Array.isArray(data)) { for (const d of data) usedIn(d, keys, values); return; }
  if (typeof data === 'object' && data !== null) {
    for (const [k, v] of Object.entries(data)) { keys.add(k); usedIn(v, keys, values); }
    return;
  }
  values.add(String(data));
  if (typeof data === 'string' && data.startsWith('until:')) values.add('until:');
}

test('together the sample contracts use every field and every allowed word of the format', () => {
  const keys = new Set<string>();
  const words = new Set<string>();
  vocabularyOf(contractJsonSchema(), keys, words);
  const usedKeys = new Set<string>();
  const usedValues = new Set<string>();
  for (const name of SAMPLES) usedIn(parse(readFileSync(at(`content/contracts/${name}.yaml`), 'utf8')), usedKeys, usedValues);
  assert.deepEqual([...keys].filter((k) => !usedKeys.has(k)).sort(), []);
  assert.deepEqual([...words].filter((w) => !usedValues.has(w)).sort(), []);
  for (const lifetime of ['call', 'static', 'until:']) assert.ok(usedValues.has(lifetime), lifetime);
});

test('texts the site renders as Markdown hold no raw HTML: angle brackets only inside `code`', () => {
  const texts: Array<[string, string]> = [];
  for (const { meta } of RULES) texts.push([`${meta.id} description`, meta.description], [`${meta.id} rationale`, meta.rationale]);
  for (const s of formatReference()) {
    texts.push([s.id, s.description]);
    for (const f of s.fields) texts.push([`${s.id}.${f.name}`, f.description]);
  }
  const offenders = texts.filter(([, text]) => /</.test(text.replace(/`[^`]*`/g, ''))).map(([where]) => where);
  assert.deepEqual(offenders, []);
});
