// Format 1.1's library-wide defaults and allow mean exactly what repeating them on every function means: the
// same facts, findings and diagrams as the 1 spelling; and a 1 file cannot use them by accident.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allDiagnostics, checkContract } from '../../../src/lib/contract/check.ts';
import { contractFacts } from '../../../src/lib/contract/facts.ts';
import { contractDiagrams } from '../../../src/lib/diagram/contract-diagrams.ts';

const LIB = 'library: { name: demo, abi: "1.0", go_package: example.com/demo }\n';
const FN = (extra: string) => `  demo_a:\n    params:\n      data: { type: bytes, from: go, pass: borrow, lifetime: call }\n${extra}  demo_b:\n    params:\n      n: { type: u32 }\n${extra}`;
const SPELLED = `interlock: 1\n${LIB}functions:\n${FN('    errors: none\n    panics: abort\n    blocking: true\n    allow: { panic-abort: "aborting is the documented policy of this library", blocking-cancellable: "every call is bounded by its input size" }\n')}`;
const DEFAULTED = `interlock: 1.1\n${LIB}defaults: { errors: none, panics: abort, blocking: true }\nallow: { panic-abort: "aborting is the documented policy of this library", blocking-cancellable: "every call is bounded by its input size" }\nfunctions:\n${FN('')}`;

test('defaults and a library-wide allow give the same facts, findings and diagrams as spelling them out', () => {
  const a = checkContract(SPELLED, 'a.yaml');
  const b = checkContract(DEFAULTED, 'b.yaml');
  assert.ok(a.model !== undefined && b.model !== undefined);
  assert.deepEqual(allDiagnostics(a), []);
  assert.deepEqual(allDiagnostics(b), []);
  assert.deepEqual(contractFacts(b.model), contractFacts(a.model));
  assert.ok(contractFacts(b.model).includes('call.blocking') && contractFacts(b.model).includes('panic.abort'));
  assert.deepEqual(contractDiagrams(b.model).map((d) => d.mermaid), contractDiagrams(a.model).map((d) => d.mermaid));
});

test('a function keeps its own value over the default', () => {
  const text = `interlock: 1.1\n${LIB}defaults: { errors: none, panics: catch }\nfunctions:\n  demo_a:\n    panics: abort\n    allow: { panic-abort: "this one function aborts on purpose" }\n  demo_b: {}\n`;
  const r = checkContract(text, 'c.yaml');
  assert.deepEqual(r.model?.functions.map((f) => [f.name, f.errors, f.panics, f.blocking]), [['demo_a', 'none', 'abort', false], ['demo_b', 'none', 'catch', false]]);
});

test('without interlock: 1.1, defaults and allow are refused where they stand', () => {
  const text = `interlock: 1\n${LIB}defaults: { panics: abort }\nallow: { panic-abort: "aborting is the documented policy" }\nfunctions:\n  demo_a: { errors: none }\n`;
  assert.deepEqual(allDiagnostics(checkContract(text, 'd.yaml')).map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`), [
    '3:11 schema-invalid defaults: new in format 1.1: write interlock: 1.1 on the first line',
    '4:8 schema-invalid allow: new in format 1.1: write interlock: 1.1 on the first line',
  ]);
});

test('a misspelt rule in the library-wide allow is reported like any other', () => {
  const text = `interlock: 1.1\n${LIB}allow: { panic-abrot: "a typo that would silently acknowledge nothing" }\nfunctions:\n  demo_a: { errors: none, panics: catch }\n`;
  assert.deepEqual(allDiagnostics(checkContract(text, 'e.yaml')).map((d) => `${d.line}:${d.column} ${d.code} ${d.hint ?? ''}`), ['3:10 allow-known-rule did you mean "panic-abort"?']);
});

test('without interlock: 1.1, every field new in 1.1 is refused where it stands', () => {
  const text = [
    'interlock: 1',
    LIB.trimEnd(),
    'types:',
    '  Tree: { kind: opaque, owner: rust, create: [demo_a], destroy: demo_b, threads: send, error: true }',
    '  Node: { kind: opaque, owner: rust, threads: send, parent: { type: Tree } }',
    '  Vec:',
    '    kind: struct',
    '    fields: [{ name: data, type: uint8_t *, owner: rust }]',
    '    destroy: demo_b',
    'functions:',
    '  demo_a:',
    '    params:',
    '      out: { type: Tree, from: rust, pass: transfer, out: always }',
    '      items: { type: u32, from: go, pass: borrow, count: n }',
    '      n: { type: usize }',
    '    exclusive: true',
    '  demo_b: { errors: none, signal-safe: true }',
    '',
  ].join('\n');
  assert.deepEqual(allDiagnostics(checkContract(text, 'f.yaml')).map((d) => `${d.line}:${d.column} ${d.message}`), [
    '4:95 types.Tree.error: new in format 1.1: write interlock: 1.1 on the first line',
    '5:61 types.Node.parent: new in format 1.1: write interlock: 1.1 on the first line',
    '8:52 types.Vec.fields[0].owner: new in format 1.1: write interlock: 1.1 on the first line',
    '9:14 types.Vec.destroy: new in format 1.1: write interlock: 1.1 on the first line',
    '13:59 functions.demo_a.params.out.out: new in format 1.1: write interlock: 1.1 on the first line',
    '14:58 functions.demo_a.params.items.count: new in format 1.1: write interlock: 1.1 on the first line',
    '16:16 functions.demo_a.exclusive: new in format 1.1: write interlock: 1.1 on the first line',
    '17:40 functions.demo_b.signal-safe: new in format 1.1: write interlock: 1.1 on the first line',
  ]);
});

test('success-code and sentinel-free errors are 1.1 only, and the success code cannot name an error', () => {
  const errors = 'errors:\n  7001: { name: bad-input }\n  7000: { name: ok-twice, go: ErrOkTwice }\n';
  const fns = 'functions:\n  demo_a: { returns: { type: i32 }, errors: return-code, panics: catch }\n';
  const diagnostics = (version: string) =>
    allDiagnostics(checkContract(`interlock: ${version}\n${LIB}success-code: 7000\n${fns}${errors}`, 'e.yaml')).map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`);
  assert.deepEqual(diagnostics('1'), [
    '3:15 schema-invalid success-code: new in format 1.1: write interlock: 1.1 on the first line',
    '7:9 schema-invalid errors.7001: name the Go sentinel (go: ErrSomething), or write interlock: 1.1 on the first line to leave it out',
    '8:9 schema-invalid errors.7000: error code 7000 is the success-code: one number cannot mean success and an error',
  ]);
  assert.deepEqual(diagnostics('1.1'), ['8:9 schema-invalid errors.7000: error code 7000 is the success-code: one number cannot mean success and an error']);
  const zero = allDiagnostics(checkContract(`interlock: 1\n${LIB}${fns}errors:\n  0: { name: fine, go: ErrFine }\n`, 'z.yaml'));
  assert.deepEqual(zero.map((d) => `${d.line}:${d.column} ${d.message}`), ['6:6 errors.0: error code 0 means success; an error code is any other integer']);
});

test('sources: only: is 1.1 only, and takes C name prefixes', () => {
  const body = (only: string) => `${LIB}functions:\n  demo_a: { errors: none, panics: catch }\nsources:\n  header: include/demo.h\n  only: ${only}\n`;
  const diagnostics = (text: string) => allDiagnostics(checkContract(text, 'o.yaml')).map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`);
  assert.deepEqual(diagnostics(`interlock: 1\n${body('[demo_]')}`), ['7:9 schema-invalid sources.only: new in format 1.1: write interlock: 1.1 on the first line']);
  assert.deepEqual(diagnostics(`interlock: 1.1\n${body('[demo_]')}`), []);
  assert.deepEqual(diagnostics(`interlock: 1.1\n${body('["demo-"]')}`), ['7:10 schema-bad-name sources.only[0] "demo-": a C name prefix, like wasmtime_store_']);
});
