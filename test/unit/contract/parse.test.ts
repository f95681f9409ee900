// The parser: schema problems are mapped back to the exact YAML line and column, with stable codes and hints.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseContract } from '../../../src/lib/contract/parse.ts';
import { DEFAULT_LIMITS } from '../../../src/lib/contract/limits.ts';

const HEAD = 'interlock: 1\nlibrary: { name: demo, abi: "1.0", go_package: example.com/demo }\n';

function diags(text: string, limits = DEFAULT_LIMITS) {
  return parseContract(new TextEncoder().encode(text), 'c.yaml', limits).diagnostics.map((d) => [d.code, d.line, d.column, d.message, d.hint]);
}

test('a clean contract yields a model in source order with defaults filled in', () => {
  const r = parseContract(HEAD + 'functions:\n  demo_b:\n    errors: none\n  demo_a:\n    params:\n      x: { type: u8, pass: copy }\n', 'c.yaml');
  assert.deepEqual(r.diagnostics, []);
  assert.deepEqual(r.model?.functions.map((f) => f.name), ['demo_b', 'demo_a']);
  assert.deepEqual(r.model?.functions[1]?.params[0], { name: 'x', type: 'u8', pass: 'copy', pinned: false, nullable: false, path: ['functions', 'demo_a', 'params', 'x'] });
  assert.deepEqual(r.model?.library.abi, { major: 1, minor: 0, text: '1.0' });
});

test('an unknown field points at its key and suggests the near miss', () => {
  assert.deepEqual(diags(HEAD + 'functions:\n  demo_f:\n    params:\n      x: { type: u8, pas: copy }\n'), [
    ['schema-unknown-field', 6, 22, 'unknown field "pas" in functions.demo_f.params.x', 'did you mean "pass"?'],
  ]);
});

test('a wrong enum word points at the value and suggests the near miss', () => {
  assert.deepEqual(diags(HEAD + 'functions:\n  demo_f:\n    panics: cach\n'), [
    ['schema-bad-value', 5, 13, 'functions.demo_f.panics must be one of catch, abort (got "cach")', 'did you mean "catch"?'],
  ]);
});

test('an unquoted ABI version is a number: the hint says to quote it', () => {
  assert.deepEqual(diags('interlock: 1\nlibrary: { name: demo, abi: 3.10, go_package: example.com/demo }\nfunctions: {}\n'), [
    ['schema-wrong-type', 2, 29, 'library.abi must be a string, not a number', 'quote the version so 3.10 stays 3.10: abi: "3.10"'],
  ]);
});

test('a missing field points at the map that lacks it; an empty value points at its key', () => {
  assert.deepEqual(diags('interlock: 1\nlibrary:\n  name: demo\n  abi:\n  go_package: example.com/demo\n'), [
    ['schema-missing-field', 1, 1, 'the contract is missing the required field "functions"', undefined],
    ['schema-wrong-type', 4, 3, 'library.abi is empty; it must be a string', undefined],
  ]);
});

test('names are refused by allow-list, at the key that declares them', () => {
  assert.deepEqual(diags(HEAD + 'functions:\n  type:\n    errors: none\n  "img\\"]; click":\n    errors: none\n'), [
    ['schema-bad-name', 4, 3, 'function name "type" is a Go keyword, so Go cannot write C.type: export it under another name, or add a C wrapper with one', 'names are checked against an allow-list and refused, never escaped'],
    ['schema-bad-name', 6, 3, '"img"]; click" in functions is refused: a function name is a C identifier: ASCII letters, digits and _, not starting with a digit, at most 64 characters', 'names are checked against an allow-list and refused, never escaped'],
  ]);
});

test('issue 11: member and function names as real headers spell them; only what no language can spell is refused', () => {
  const fn = 'functions:\n  rure_match:\n    params:\n      match: { type: i32 }\n      type: { type: i32 }\n      _reserved: { type: i32 }\n      __pad: { type: i32 }\n      func: { type: i32 }\n    errors: none\n  _private_init:\n    errors: none\n  match:\n    errors: none\n';
  assert.deepEqual(diags(HEAD + fn), []);
  assert.deepEqual(diags(HEAD + 'functions:\n  f:\n    params:\n      self: { type: i32 }\n      while: { type: i32 }\n    errors: none\n').map((d) => d[3]), [
    'name "self" is a Rust keyword that not even a raw identifier (r#) can spell',
    'name "while" is a C keyword',
  ]);
});

test('a type of the wrong kind reports the discriminator with the allowed kinds', () => {
  assert.deepEqual(diags(HEAD + 'types:\n  T: { kind: handle, owner: rust }\nfunctions: {}\n'), [
    ['schema-bad-value', 4, 14, 'types.T.kind must be one of opaque, struct, enum, buffer, string (got "handle")', undefined],
  ]);
});

test('a type without a kind is a missing field', () => {
  assert.deepEqual(diags(HEAD + 'types:\n  T: { owner: rust }\nfunctions: {}\n'), [
    ['schema-missing-field', 4, 6, 'types.T is missing the required field "kind" (one of opaque, struct, enum, buffer, string)', undefined],
  ]);
});

test('go_package follows Go module path rules', () => {
  const lib = (p: string) => diags(`interlock: 1\nlibrary: { name: demo, abi: "1.0", go_package: "${p}" }\nfunctions: {}\n`).map((d) => d[3]);
  assert.deepEqual(lib('example.com/../etc'), ['go_package "example.com/../etc" element ".." must not start or end with a dot']);
  assert.deepEqual(lib('example.com/aux/x'), ['go_package "example.com/aux/x" element "aux" is a reserved device name on Windows']);
  assert.deepEqual(lib('Example.com/x'), ['go_package "Example.com/x" first element "Example.com" may hold only lower-case ASCII letters, digits, dots and dashes']);
  assert.deepEqual(lib('example.com/x/v1'), ['go_package "example.com/x/v1" major version suffix "v1" must be v2 or higher without leading zeros']);
  assert.deepEqual(lib('example.com/x/v2'), []);
});

test('the byte cap applies to bytes and to already-decoded strings (counted in UTF-8), before any parsing', () => {
  const limits = { ...DEFAULT_LIMITS, maxBytes: 100 };
  assert.deepEqual(diags(`${HEAD}doc: "${'x'.repeat(200)}"\n`, limits), [
    ['input-too-large', 1, 1, 'the contract is larger than 100 bytes, the most a contract may be', 'split the library into several contracts'],
  ]);
  const text = `doc: "${'\u00e9'.repeat(48)}"\n`; // 56 UTF-16 units, 104 UTF-8 bytes
  assert.deepEqual(parseContract(text, 'c.yaml', limits).diagnostics.map((d) => d.message), ['the contract is larger than 100 bytes, the most a contract may be']);
});

test('invalid UTF-8 is located by line and column', () => {
  const bytes = new Uint8Array([...new TextEncoder().encode('interlock: 1\nlibrary: x\ndoc: ab'), 0xc3, 0x28, 0x0a]);
  assert.deepEqual(parseContract(bytes, 'c.yaml').diagnostics.map((d) => [d.code, d.line, d.column, d.message]), [
    ['input-not-utf8', 3, 8, 'invalid UTF-8 at byte 31'],
  ]);
});

test('the parser never throws, whatever it is given', () => {
  for (const text of ['', '---', '[', '{a: [}', 'a: "', '\u0000', '- - - -', 'interlock: 1\nlibrary: []\nfunctions: 3\n', '? ? ?']) {
    const r = parseContract(text, 'x.yaml');
    assert.ok(r.diagnostics.length > 0, JSON.stringify(text));
    assert.equal(r.model, undefined);
  }
});
