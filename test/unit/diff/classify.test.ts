// Direction decides the bump: a change that gives Go code written for the old contract a new duty needs a
// major version; one that only relaxes it needs a minor one; restating the default is no change at all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Change } from '../../../src/lib/diff/change.ts';
import { diffContracts } from '../../../src/lib/diff/diff.ts';
import { matchMembers } from '../../../src/lib/diff/match-members.ts';
import { contract, side } from './support.ts';

function changes(base: string, head: string): Change[] {
  return diffContracts(side('base.yaml', base), side('head.yaml', head), { kind: 'facts', summaries: {} }).changes;
}

function brief(list: Change[]): string[] {
  return list.map((c) => `${c.kind} ${c.path.join('.')} ${c.before ?? '-'}>${c.after ?? '-'} ${c.requires}`);
}

const param = (value: string): string => contract({ functions: `  demo_f:\n    params:\n      v: ${value}\n    errors: none\n    panics: catch` });
const ret = (value: string): string => contract({ functions: `  demo_f:\n    returns: ${value}\n    errors: none\n    panics: catch` });

test('passing mode: only borrow -> copy is safe for old Go code, on either side of the call', () => {
  assert.deepEqual(brief(changes(param('{ type: bytes, from: go, pass: borrow, lifetime: call }'), param('{ type: bytes, from: go, pass: copy }'))), [
    'pass-changed functions.demo_f.params.v.pass borrow>copy minor',
  ]);
  assert.deepEqual(brief(changes(param('{ type: bytes, from: go, pass: copy }'), param('{ type: bytes, from: go, pass: borrow, lifetime: call }'))), [
    'pass-changed functions.demo_f.params.v.pass copy>borrow major',
  ]);
  assert.deepEqual(brief(changes(ret('{ type: bytes, from: rust, pass: borrow, lifetime: static }'), ret('{ type: bytes, from: rust, pass: transfer }'))), [
    'pass-changed functions.demo_f.returns.pass borrow>transfer major',
    'lifetime-changed functions.demo_f.returns.lifetime static>- major',
  ]);
});

test('lifetime: longer is a new duty for a parameter\'s Go lender, shorter is one for a returned value\'s Go user', () => {
  const p = (l: string): string => param(`{ type: bytes, from: go, pass: borrow, lifetime: ${l} }`);
  const r = (l: string): string => ret(`{ type: bytes, from: rust, pass: borrow, lifetime: ${l} }`);
  assert.deepEqual(brief(changes(p('call'), p('static'))), ['lifetime-changed functions.demo_f.params.v.lifetime call>static major']);
  assert.deepEqual(brief(changes(p('static'), p('call'))), ['lifetime-changed functions.demo_f.params.v.lifetime static>call minor']);
  assert.deepEqual(brief(changes(r('call'), r('static'))), ['lifetime-changed functions.demo_f.returns.lifetime call>static minor']);
  assert.deepEqual(brief(changes(r('static'), r('call'))), ['lifetime-changed functions.demo_f.returns.lifetime static>call major']);
  assert.deepEqual(brief(changes(r('until:demo_f'), r('until:demo_g'))), ['lifetime-changed functions.demo_f.returns.lifetime until:demo_f>until:demo_g major']);
});

test('restating a default is not a change: lifetime call, panics abort, threads single, sync wrapper', () => {
  assert.deepEqual(changes(param('{ type: bytes, from: go, pass: borrow }'), param('{ type: bytes, from: go, pass: borrow, lifetime: call }')), []);
  const fn = (extra: string): string => contract({ functions: `  demo_f:\n    errors: none${extra}` });
  assert.deepEqual(changes(fn(''), fn('\n    panics: abort')), []);
  const handle = (extra: string): string => contract({
    types: `  H:\n    kind: opaque\n    owner: rust\n    create: [demo_f]\n    destroy: demo_g${extra}`,
    functions: '  demo_f:\n    returns: { type: H, pass: transfer }\n    errors: none\n  demo_g:\n    params:\n      h: { type: H, pass: transfer }\n    errors: none',
  });
  assert.deepEqual(changes(handle(''), handle('\n    threads: single\n    sync: wrapper')), []);
  assert.deepEqual(brief(changes(handle(''), handle('\n    threads: send'))), ['threads-changed types.H.threads ->send minor']);
  assert.deepEqual(brief(changes(handle('\n    threads: shared\n    sync: mutex-inside'), handle('\n    threads: shared'))), [
    'sync-changed types.H.sync mutex-inside>- major',
  ]);
});

test('restating what the types imply is not a change: copy for scalars, from: the owner, the order of create', () => {
  assert.deepEqual(changes(param('{ type: u64 }'), param('{ type: u64, pass: copy }')), []);
  const typed = (from: string, create: string): string => contract({
    types: `  Buf:\n    kind: buffer\n    owner: go\n    create: [${create}]`,
    functions: `  demo_f:\n    params:\n      b: { type: Buf${from}, pass: borrow, lifetime: call }\n    errors: none\n  demo_g:\n    returns: { type: Buf, pass: transfer }\n    errors: none\n  demo_h:\n    returns: { type: Buf, pass: transfer }\n    errors: none`,
  });
  assert.deepEqual(changes(typed('', 'demo_g, demo_h'), typed(', from: go', 'demo_h, demo_g')), []);
  assert.deepEqual(brief(changes(typed('', 'demo_g, demo_h'), typed(', from: rust', 'demo_h, demo_g'))), [
    'allocator-changed functions.demo_f.params.b.from ->rust major',
  ]);
});

test('NULL: refusing it is a duty for a parameter, allowing it is one for a return value', () => {
  assert.deepEqual(brief(changes(param('{ type: bytes, from: go, pass: borrow, nullable: true }'), param('{ type: bytes, from: go, pass: borrow }'))), [
    'nullable-changed functions.demo_f.params.v.nullable true>false major',
  ]);
  assert.deepEqual(brief(changes(ret('{ type: bytes, from: rust, pass: transfer }'), ret('{ type: bytes, from: rust, pass: transfer, nullable: true }'))), [
    'nullable-changed functions.demo_f.returns.nullable false>true major',
  ]);
  assert.deepEqual(brief(changes(ret('{ type: bytes, from: rust, pass: transfer, nullable: true }'), ret('{ type: bytes, from: rust, pass: transfer }'))), [
    'nullable-changed functions.demo_f.returns.nullable true>false minor',
  ]);
});

test('a parameter renamed in place is a rename; with another type it is a removal and an addition', () => {
  const two = (a: string, b: string): string => contract({ functions: `  demo_f:\n    params:\n      ${a}\n      ${b}\n    errors: none` });
  assert.deepEqual(brief(changes(two('n: { type: u32, pass: copy }', 'm: { type: u8, pass: copy }'), two('count: { type: u32, pass: copy }', 'm: { type: u8, pass: copy }'))), [
    'param-renamed functions.demo_f.params.count n>count none',
  ]);
  assert.deepEqual(brief(changes(two('n: { type: u32, pass: copy }', 'm: { type: u8, pass: copy }'), two('count: { type: u64, pass: copy }', 'm: { type: u8, pass: copy }'))), [
    'param-removed functions.demo_f.params.n u32>- major',
    'param-added functions.demo_f.params.count ->u64 major',
  ]);
  assert.deepEqual(brief(changes(two('n: { type: u32, pass: copy }', 'm: { type: u8, pass: copy }'), two('m: { type: u8, pass: copy }', 'n: { type: u32, pass: copy }'))), [
    'param-reordered functions.demo_f.params n, m>m, n major',
  ]);
});

test('an error that keeps its sentinel under a new code is renumbered, not removed and added', () => {
  const fn = '  demo_f:\n    errors: out-param\n    panics: catch';
  const base = contract({ functions: fn, errors: '  1: { name: busy, go: ErrBusy }\n  2: { name: gone, go: ErrGone }' });
  const head = contract({ functions: fn, errors: '  1: { name: busy, go: ErrBusy }\n  9: { name: gone, go: ErrGone }\n  3: { name: late, go: ErrLate }' });
  assert.deepEqual(brief(changes(base, head)), [
    'error-code-renumbered errors.9 2>9 major',
    'error-code-added errors.3 ->late (ErrLate) minor',
  ]);
});

test('matchMembers: names first, a same-shaped member in the same slot is a rename, relative order is checked', () => {
  const m = matchMembers(['a', 'b', 'c'], ['c', 'x', 'a'], (s) => s, () => true);
  assert.deepEqual(m.matched.map((p) => `${p.base}>${p.head}${p.renamed ? ' renamed' : ''}`), ['c>c', 'b>x renamed', 'a>a']);
  assert.equal(m.reordered, true);
  const moved = matchMembers(['a', 'b', 'c'], ['c', 'a', 'x'], (s) => s, () => true);
  assert.deepEqual([moved.removed.map((r) => r.item), moved.added.map((a) => a.item)], [['b'], ['x']]);
  const shifted = matchMembers(['a', 'b'], ['z', 'a', 'b'], (s) => s, () => false);
  assert.deepEqual(shifted.added.map((a) => a.item), ['z']);
  assert.equal(shifted.reordered, false);
});
