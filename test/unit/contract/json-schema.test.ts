// The published JSON Schema is generated from the zod schema: it must be current and fully documented.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { contractJsonSchema, contractJsonSchemaText } from '../../../src/lib/contract/json-schema.ts';

test('public/schema/contract-v1.json matches the zod schema (run scripts/emit-contract-schema.ts)', () => {
  const committed = readFileSync(new URL('../../../public/schema/contract-v1.json', import.meta.url), 'utf8');
  assert.equal(committed, contractJsonSchemaText(), 'stale: npm exec -- node scripts/emit-contract-schema.ts');
});

/** Every property schema, with its path, anywhere in the document. */
function properties(node: unknown, path: string, out: Array<{ path: string; schema: Record<string, unknown> }>): typeof out {
  if (Array.isArray(node)) {
    node.forEach((n, i) => properties(n, `${path}[${i}]`, out));
  } else if (typeof node === 'object' && node !== null) {
    const obj = node as Record<string, unknown>;
    if (typeof obj['properties'] === 'object' && obj['properties'] !== null) {
      for (const [key, value] of Object.entries(obj['properties'] as Record<string, unknown>)) {
        out.push({ path: `${path}.${key}`, schema: value as Record<string, unknown> });
      }
    }
    for (const [key, value] of Object.entries(obj)) properties(value, `${path}/${key}`, out);
  }
  return out;
}

test('every field of the format carries a description (the docs and editor hovers come from it)', () => {
  const schema = contractJsonSchema();
  assert.equal(schema['title'], 'Interlock boundary contract');
  assert.equal(schema['$schema'], 'http://json-schema.org/draft-07/schema#');
  const all = properties(schema, '', []);
  assert.ok(all.length > 60, `only ${all.length} properties found`);
  const undocumented = all.filter((p) => typeof p.schema['description'] !== 'string' || (p.schema['description'] as string).length < 10);
  assert.deepEqual(undocumented.map((p) => p.path), []);
});

test('the schema pins the closed word lists editors should offer', () => {
  const text = contractJsonSchemaText();
  for (const word of ['"out-param"', '"return-code"', '"last-error"', '"cgo-handle"', '"rust-thread"', '"mutex-inside"', '"pointer-length"']) {
    assert.ok(text.includes(word), word);
  }
});
