// The bundle's contract skeleton: valid for every combination of facts, implies the facts it stands for, pinned text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contractSkeleton } from '../../../src/lib/export/contract-skeleton.ts';
import { allDiagnostics, checkContract } from '../../../src/lib/contract/check.ts';
import { CONTRACT_FACTS, contractFacts } from '../../../src/lib/contract/facts.ts';

const ALL = Object.keys(CONTRACT_FACTS).sort();

/** Facts the skeleton may add beyond the answers, and why: each is implied by what it declares. */
function allowedExtras(facts: ReadonlySet<string>): Set<string> {
  const extras = new Set<string>();
  const policies = ['error.out-param', 'error.return-code', 'error.last-error'].filter((f) => facts.has(f));
  if (policies.length === 0) extras.add('error.out-param'); // out-param is the default policy
  if (policies[0] === 'error.return-code') extras.add('error.out-param'); // create functions must return the handle
  if (!facts.has('panic.abort')) extras.add('panic.catch'); // catch is the default
  if (facts.has('string.crossing') || facts.has('struct.by-value')) extras.add('buffer.go-borrowed'); // lent Go memory
  if (facts.has('callback.foreign-thread')) extras.add('callback.go-from-rust');
  if (facts.has('handle.shared-across-goroutines') || facts.has('teardown.ordered')) extras.add('handle.opaque');
  if (facts.has('secret.zeroize') && !facts.has('handle.opaque')) extras.add('buffer.rust-owned'); // a Secret buffer
  return extras;
}

/** Lint findings a fact deliberately brings: the skeleton states the choice, lint asks for its review. */
function expectedFindings(facts: ReadonlySet<string>): Set<string> {
  const codes = new Set<string>();
  if (facts.has('panic.abort')) codes.add('panic-abort');
  if (facts.has('call.blocking') && !facts.has('call.cancellable')) codes.add('blocking-cancellable');
  return codes;
}

function check(facts: ReadonlySet<string>): void {
  const text = contractSkeleton({ library: 'storage-engine', goPackage: 'example.com/platform/storage/v2', facts, toolVersion: '0.1.0' });
  const result = checkContract(text, 'contract.yaml');
  const label = [...facts].join(' ') || '(none)';
  assert.deepEqual(result.parseDiagnostics, [], `${label}: the skeleton parses and validates`);
  const codes = new Set(allDiagnostics(result).map((d) => d.code));
  assert.deepEqual([...codes].sort(), [...expectedFindings(facts)].sort(), `${label}: lint findings`);
  assert.ok(result.model);
  const got = new Set<string>(contractFacts(result.model));
  for (const f of facts) if (f in CONTRACT_FACTS) assert.ok(got.has(f), `${label}: implies ${f}`);
  const extras = [...got].filter((f) => !facts.has(f) && f !== 'abi.versioned');
  const allowed = allowedExtras(facts);
  assert.deepEqual(extras.filter((f) => !allowed.has(f)), [], `${label}: no unexplained extra facts`);
}

test('no facts, every single fact and every fact at once give a valid contract with those facts', () => {
  check(new Set());
  for (const f of ALL) check(new Set([f]));
  check(new Set(ALL));
  check(new Set([...ALL, 'incident']));
});

test('300 pseudo-random combinations of facts give valid contracts with those facts', () => {
  let seed = 0x2545f491;
  const next = (): number => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) / 2 ** 32;
  };
  for (let i = 0; i < 300; i++) check(new Set(ALL.filter(() => next() < 0.35)));
});

test('names that did not pass the validators are refused', () => {
  const base = { library: 'imgcodec', goPackage: 'example.com/imgcodec', facts: new Set<string>(), toolVersion: '0.1.0' };
  assert.throws(() => contractSkeleton({ ...base, library: 'img codec' }), /library name "img codec" was not validated/);
  assert.throws(() => contractSkeleton({ ...base, library: 'x\n  evil: 1' }), /library name/);
  assert.throws(() => contractSkeleton({ ...base, goPackage: 'example.com/x y' }), /Go package "example\.com\/x y" was not validated/);
  assert.throws(() => contractSkeleton({ ...base, abi: '1.0"\nx: 1' }), /ABI version/);
});

test('a handle shared across goroutines with out-param errors: the exact skeleton', () => {
  const text = contractSkeleton({
    library: 'imgcodec',
    goPackage: 'example.com/imgcodec',
    abi: '3.1',
    facts: new Set(['abi.versioned', 'handle.opaque', 'handle.shared-across-goroutines', 'buffer.go-borrowed', 'error.out-param', 'panic.catch']),
    toolVersion: '0.1.0',
  });
  assert.equal(
    text,
    `# Boundary contract skeleton for imgcodec, written by interlock 0.1.0 from your answers.
# Each declaration stands for one fact you answered. Rename them to your real types and functions, add the
# rest of your C ABI, then check it: interlock check contract.yaml
interlock: 1
library:
  name: imgcodec
  abi: "3.1"
  go_package: example.com/imgcodec

types:
  Handle:
    kind: opaque
    owner: rust
    create: [imgcodec_handle_new]
    destroy: imgcodec_handle_free
    threads: shared
    sync: mutex-inside
    doc: The library's main object; Go holds only this pointer, inside a wrapper that frees it once.

functions:
  imgcodec_abi_version:
    doc: Returns MAJOR << 16 | MINOR; Go compares it with library.abi before any other call.
    returns: { type: u32, pass: copy }
    errors: none
    panics: catch
  imgcodec_handle_new:
    doc: Creates a Handle that Go must release with the free function.
    returns: { type: Handle, pass: transfer }
    errors: out-param
    panics: catch
  imgcodec_handle_free:
    doc: Releases the Handle; NULL is a no-op, so a double Close cannot crash.
    params:
      handle: { type: Handle, pass: transfer, nullable: true }
    errors: none
    panics: catch
  imgcodec_process:
    doc: The main call; everything it borrows is used only until it returns.
    params:
      handle: { type: Handle, pass: borrow, lifetime: call }
      data: { type: bytes, from: go, pass: borrow, lifetime: call }
    errors: out-param
    panics: catch

errors:
  1: { name: invalid-argument, go: ErrInvalidArgument, message: "an argument was NULL, empty or out of range" }
  2: { name: panic, go: ErrPanic, message: the library panicked; the call had no effect }
`,
  );
});

test('issue 13: no version function when the answers say the library exports none', () => {
  const input = { library: 'imgcodec', goPackage: 'example.com/imgcodec', toolVersion: '0.1.0' };
  assert.doesNotMatch(contractSkeleton({ ...input, facts: new Set(['handle.opaque']) }), /abi_version/);
  assert.match(contractSkeleton({ ...input, facts: new Set(['handle.opaque', 'abi.versioned']) }), /^  imgcodec_abi_version:$/m);
});
