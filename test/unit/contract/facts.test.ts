// contract -> facts: each fact is implied by exactly the contract features that should imply it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { parseContract } from '../../../src/lib/contract/parse.ts';
import { CONTRACT_FACTS, contractFacts } from '../../../src/lib/contract/facts.ts';

const HEAD = 'interlock: 1\nlibrary: { name: demo, abi: "1.0", go_package: example.com/demo }\n';

function factsOf(text: string): string[] {
  const r = parseContract(text, 'c.yaml');
  assert.deepEqual(r.diagnostics, []);
  return r.model === undefined ? [] : contractFacts(r.model);
}

function sample(name: string): string[] {
  return factsOf(readFileSync(new URL(`../../../content/contracts/${name}.yaml`, import.meta.url), 'utf8'));
}

test('every fact a contract can imply exists in playbooks/facts.yaml', () => {
  const vocabulary = Object.keys((parse(readFileSync(new URL('../../../playbooks/facts.yaml', import.meta.url), 'utf8')) as { facts: object }).facts);
  assert.deepEqual(Object.keys(CONTRACT_FACTS).filter((f) => !vocabulary.includes(f)), []);
  // Only `incident` is a property of the situation, not of a contract.
  assert.deepEqual(vocabulary.filter((f) => !(f in CONTRACT_FACTS)), ['incident']);
});

test('the smallest contract implies only an ABI version', () => {
  assert.deepEqual(factsOf(`${HEAD}functions:\n  demo_f:\n    errors: none\n`), ['abi.versioned']);
});

test('errors, panics, blocking and cancellation map one to one', () => {
  assert.deepEqual(
    factsOf(`${HEAD}functions:\n  demo_a: { errors: out-param, panics: catch, blocking: true, cancellable: { via: demo_b } }\n  demo_b: { errors: return-code, panics: abort }\n  demo_c: { errors: last-error }\n`),
    ['abi.versioned', 'call.blocking', 'call.cancellable', 'error.last-error', 'error.out-param', 'error.return-code', 'panic.abort', 'panic.catch'],
  );
});

test('Go memory: borrowed for the call, or retained past it', () => {
  assert.deepEqual(factsOf(`${HEAD}functions:\n  demo_f:\n    params:\n      b: { type: bytes, from: go, pass: borrow, lifetime: call }\n`), ['abi.versioned', 'buffer.go-borrowed']);
  assert.deepEqual(
    factsOf(`${HEAD}functions:\n  demo_f:\n    params:\n      b: { type: bytes, from: go, pass: borrow, lifetime: until:demo_g, pinned: true }\n  demo_g: {}\n`),
    ['abi.versioned', 'buffer.go-retained'],
  );
});

test('a Go-owned opaque handle (a cgo.Handle) is not Go memory', () => {
  assert.deepEqual(
    factsOf(`${HEAD}types:\n  H: { kind: opaque, owner: go }\nfunctions:\n  demo_f:\n    params:\n      h: { type: H, pass: borrow, lifetime: until:demo_f }\n`),
    ['abi.versioned', 'handle.opaque'],
  );
});

test('Rust memory handed to Go, strings, callbacks on Rust threads', () => {
  assert.deepEqual(
    factsOf(`${HEAD}functions:\n  demo_f:\n    returns: { type: string, from: rust, pass: transfer }\n    params:\n      cb: { type: callback, context: cgo-handle, runs-on: rust-thread }\n`),
    ['abi.versioned', 'buffer.rust-owned', 'callback.foreign-thread', 'callback.go-from-rust', 'string.crossing'],
  );
});

test('a handle created from another handle implies ordered teardown', () => {
  const types = 'types:\n  Db: { kind: opaque, owner: rust, create: [demo_open] }\n  Txn: { kind: opaque, owner: rust, create: [demo_begin] }\n';
  const fns = 'functions:\n  demo_open: { returns: { type: Db, pass: transfer } }\n  demo_begin:\n    params: { db: { type: Db, pass: borrow } }\n    returns: { type: Txn, pass: transfer }\n';
  assert.deepEqual(factsOf(HEAD + types + fns), ['abi.versioned', 'handle.opaque', 'teardown.ordered']);
});

test('type kinds: struct, enum, arena buffer, secret, shared handle', () => {
  const types = [
    'types:',
    '  S: { kind: struct, fields: [{ name: a, type: uint8_t }] }',
    '  E: { kind: enum, values: { DEMO_A: 1 } }',
    '  B: { kind: buffer, owner: rust, arena: demo_f, secret: true }',
    '  H: { kind: opaque, owner: rust, threads: shared }',
  ].join('\n');
  assert.deepEqual(factsOf(`${HEAD}${types}\nfunctions:\n  demo_f: {}\n`), [
    'abi.versioned', 'buffer.arena', 'enum.integer', 'handle.opaque', 'handle.shared-across-goroutines', 'secret.zeroize', 'struct.by-value',
  ]);
});

test('the three sample contracts imply these facts, and together every fact a contract can imply', () => {
  const imgcodec = sample('imgcodec');
  const storage = sample('storage-engine');
  const vault = sample('crypto-vault');
  assert.deepEqual(imgcodec, [
    'abi.versioned', 'buffer.go-borrowed', 'buffer.rust-owned', 'call.blocking', 'call.cancellable', 'callback.foreign-thread',
    'callback.go-from-rust', 'enum.integer', 'error.out-param', 'error.return-code', 'handle.opaque', 'handle.shared-across-goroutines',
    'panic.catch', 'struct.by-value',
  ]);
  assert.deepEqual(storage, [
    'abi.versioned', 'buffer.arena', 'buffer.go-borrowed', 'buffer.go-retained', 'buffer.rust-owned', 'call.blocking', 'call.cancellable',
    'enum.integer', 'error.last-error', 'error.out-param', 'error.return-code', 'handle.opaque', 'handle.shared-across-goroutines',
    'panic.catch', 'string.crossing', 'struct.by-value', 'teardown.ordered',
  ]);
  assert.deepEqual(vault, [
    'abi.versioned', 'buffer.go-borrowed', 'buffer.rust-owned', 'call.blocking', 'call.cancellable', 'callback.foreign-thread',
    'callback.go-from-rust', 'enum.integer', 'error.out-param', 'error.return-code', 'handle.opaque', 'handle.shared-across-goroutines',
    'panic.abort', 'panic.catch', 'secret.zeroize', 'string.crossing', 'teardown.ordered',
  ]);
  assert.deepEqual([...new Set([...imgcodec, ...storage, ...vault])].sort(), Object.keys(CONTRACT_FACTS).sort());
});
