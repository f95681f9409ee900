// Contract -> facts: the fact IDs (playbooks/facts.yaml) a contract implies, so a contract and the wizard's
// questionnaire feed the same checklist engine.
import type { ContractModel } from './model.ts';
import { holdsGoMemory, typeIndex, valueSites } from './rules/helpers.ts';

/** Every fact a contract can imply, with the reason shown next to it in reports. */
export const CONTRACT_FACTS = {
  'abi.versioned': 'library.abi declares the ABI version Go checks at start-up',
  'handle.opaque': 'an opaque type crosses the boundary',
  'handle.shared-across-goroutines': 'an opaque handle declares threads: shared',
  'buffer.go-borrowed': 'Go memory is lent to Rust for one call',
  'buffer.go-retained': 'Rust keeps Go memory past the call (lifetime until:, pinned)',
  'buffer.rust-owned': 'Rust-allocated memory is transferred to Go',
  'buffer.arena': 'a buffer type is released in bulk by an arena function',
  'string.crossing': 'a string crosses the boundary',
  'callback.go-from-rust': 'a callback parameter lets Rust call into Go',
  'callback.foreign-thread': 'a callback runs on a Rust-created thread',
  'error.out-param': 'a function reports errors through an out-parameter',
  'error.return-code': 'a function returns an integer status code',
  'error.last-error': 'a function reports errors through thread-local last-error state',
  'panic.catch': 'a function catches panics at the boundary',
  'panic.abort': 'a function aborts the process on panic',
  'struct.by-value': 'a repr(C) struct crosses the boundary',
  'enum.integer': 'an integer enum crosses the boundary',
  'call.blocking': 'a function is declared blocking',
  'call.cancellable': 'a function can be cancelled from Go',
  'teardown.ordered': 'a handle is created from another handle, so they must be released in reverse order',
  'secret.zeroize': 'a type holds secrets that must be wiped before release',
} as const;

export type ContractFact = keyof typeof CONTRACT_FACTS;

/** The facts a contract implies, sorted by ID. */
export function contractFacts(model: ContractModel): ContractFact[] {
  const facts = new Set<ContractFact>(['abi.versioned']);
  const types = typeIndex(model);
  const used = new Set<string>();
  for (const site of valueSites(model)) used.add(site.value.type);

  for (const t of model.types) {
    if (t.kind === 'opaque') {
      facts.add('handle.opaque');
      if (t.threads === 'shared') facts.add('handle.shared-across-goroutines');
    }
    if (t.kind === 'struct') facts.add('struct.by-value');
    if (t.kind === 'enum') facts.add('enum.integer');
    if (t.kind === 'string') facts.add('string.crossing');
    if (t.kind === 'buffer' && t.arena !== undefined) facts.add('buffer.arena');
    if ('secret' in t && t.secret) facts.add('secret.zeroize');
  }
  for (const site of valueSites(model)) {
    const { value } = site;
    if (value.type === 'string') facts.add('string.crossing');
    if (value.type === 'callback') {
      facts.add('callback.go-from-rust');
      if (site.param?.runsOn === 'rust-thread') facts.add('callback.foreign-thread');
    }
    if (holdsGoMemory(value, types) && value.pass === 'borrow') {
      facts.add(value.lifetime === undefined || value.lifetime.kind === 'call' ? 'buffer.go-borrowed' : 'buffer.go-retained');
    }
    if (value.pinned) facts.add('buffer.go-retained');
    const t = types.get(value.type);
    const rustMemory = value.type === 'bytes' || value.type === 'string' || (t !== undefined && (t.kind === 'buffer' || t.kind === 'string'));
    if (rustMemory && value.pass === 'transfer' && (value.from ?? (t !== undefined && 'owner' in t ? t.owner : undefined)) === 'rust') {
      facts.add('buffer.rust-owned');
    }
  }
  for (const fn of model.functions) {
    if (fn.errors === 'out-param') facts.add('error.out-param');
    if (fn.errors === 'return-code') facts.add('error.return-code');
    if (fn.errors === 'last-error') facts.add('error.last-error');
    if (fn.panics === 'catch') facts.add('panic.catch');
    if (fn.panics === 'abort') facts.add('panic.abort');
    if (fn.blocking) facts.add('call.blocking');
    if (fn.cancellable !== undefined) facts.add('call.cancellable');
  }
  // A handle whose create function borrows another handle depends on it: release in reverse order.
  for (const t of model.types) {
    if (t.kind !== 'opaque') continue;
    for (const name of t.create) {
      const fn = model.functions.find((f) => f.name === name);
      const dependsOnHandle = fn?.params.some((p) => {
        const other = types.get(p.type);
        return p.type !== t.name && other?.kind === 'opaque' && other.owner === 'rust';
      });
      if (dependsOnHandle === true) facts.add('teardown.ordered');
    }
  }
  return [...facts].sort();
}
