// Compares one parameter or return value across two contracts: type, ownership (pass, from), lifetime,
// pinning, NULL, and for callbacks the thread, context and registration. Direction decides the bump:
// a change that puts a new duty on Go code written for the old contract needs a major bump.
import type { ContractModel, FunctionModel, Lifetime, ParamModel, SourcePath, ValueModel } from '../contract/model.ts';
import { allocatedBy, typeIndex } from '../contract/rules/helpers.ts';
import { SCALAR_TYPES } from '../contract/schema/vocabulary.ts';
import type { RecordChange } from './change.ts';
import { valueFacts } from './facts-of.ts';
import type { Bump } from './kinds.ts';
import { lifetimeSpelling, lifetimeWords, passWords, shown, spell } from './words.ts';

interface ValuePair {
  baseModel: ContractModel;
  headModel: ContractModel;
  baseFn: FunctionModel;
  headFn: FunctionModel;
  base: ValueModel | ParamModel;
  head: ValueModel | ParamModel;
  role: 'param' | 'return';
  /** `parameter \`key\` of \`storage_get\`` or `the return value of \`storage_get\``. */
  label: string;
  basePath: SourcePath;
  headPath: SourcePath;
}

function facts(pair: ValuePair): string[] {
  const side = (model: ContractModel, fn: FunctionModel, v: ValueModel | ParamModel): string[] =>
    valueFacts(model, fn, pair.role === 'param' ? { param: v as ParamModel } : { returns: v });
  return [...side(pair.baseModel, pair.baseFn, pair.base), ...side(pair.headModel, pair.headFn, pair.head)];
}

/** What old Go code does wrong after a passing-mode change, by role and direction. */
const PASS_CONSEQUENCES: Readonly<Record<string, { requires: Bump; text: string }>> = {
  'param:borrow>transfer': { requires: 'major', text: 'Rust now owns it and frees it: Go code written for the old contract keeps using or freeing memory it no longer owns (use-after-free or double free).' },
  'param:borrow>copy': { requires: 'minor', text: 'Rust now copies it and keeps no pointer: Go code written for the old contract stays correct.' },
  'param:transfer>borrow': { requires: 'major', text: 'Rust no longer frees it: Go must release it after the call, and Go code written for the old contract leaks it.' },
  'param:transfer>copy': { requires: 'major', text: 'Rust copies it and no longer frees it: Go code written for the old contract leaks it.' },
  'param:copy>borrow': { requires: 'major', text: 'Rust now reads it through a pointer instead of a copy: Go must keep it alive and unchanged for its whole lifetime.' },
  'param:copy>transfer': { requires: 'major', text: 'Rust now owns it and frees it: Go code written for the old contract that keeps or frees it afterwards uses freed memory or frees it twice.' },
  'return:transfer>borrow': { requires: 'major', text: 'Go no longer owns the result: Go code written for the old contract frees memory Rust still uses (double free).' },
  'return:transfer>copy': { requires: 'major', text: 'the result is no longer handed over: Go code written for the old contract releases memory it does not own (invalid or double free).' },
  'return:borrow>transfer': { requires: 'major', text: 'Go now owns the result and must release it exactly once: Go code written for the old contract never releases it (leak).' },
  'return:copy>transfer': { requires: 'major', text: 'Go now owns the result and must release it exactly once: Go code written for the old contract leaks it.' },
  'return:copy>borrow': { requires: 'major', text: 'the result now points into Rust memory that is valid only for its lifetime: Go code written for the old contract that keeps it reads freed memory.' },
  'return:borrow>copy': { requires: 'minor', text: 'the result is now a copy: Go code written for the old contract stays correct.' },
};

/** A scalar or an enum always crosses by value, so an unstated passing mode means copy. */
function effectivePass(model: ContractModel, value: ValueModel): string | undefined {
  if (value.pass !== undefined) return value.pass;
  return SCALAR_TYPES.has(value.type) || typeIndex(model).get(value.type)?.kind === 'enum' ? 'copy' : undefined;
}

function lifetimeRank(lifetime: Lifetime | undefined): number {
  if (lifetime === undefined || lifetime.kind === 'call') return 0;
  return lifetime.kind === 'until' ? 1 : 2;
}

export function compareValue(record: RecordChange, pair: ValuePair): void {
  const { base, head, role, label } = pair;
  const at = (field: string): { path: SourcePath; basePath: SourcePath } => ({ path: [...pair.headPath, field], basePath: [...pair.basePath, field] });
  const touched = facts(pair);

  if (base.type !== head.type) {
    record({
      kind: role === 'param' ? 'param-type-changed' : 'return-type-changed', ...at('type'),
      before: base.type, after: head.type, facts: touched,
      summary: `${label} changed type from \`${base.type}\` to \`${head.type}\`.`,
      implication: 'Code compiled against the old signature passes or reads a value of the wrong type: undefined behaviour unless the ABI handshake refuses the old Go wrapper.',
    });
  }

  // A Rust value handed back through an out-parameter flows to Go like a return value: Go is its receiver.
  const flow = role === 'return' || (isOutToGo(pair.headModel, head) && isOutToGo(pair.baseModel, base)) ? 'return' : 'param';
  const basePass = effectivePass(pair.baseModel, base);
  const headPass = effectivePass(pair.headModel, head);
  if (basePass !== headPass) {
    const consequence = basePass !== undefined && headPass !== undefined ? PASS_CONSEQUENCES[`${flow}:${basePass}>${headPass}`] : undefined;
    const input = {
      kind: 'pass-changed' as const, ...at('pass'),
      before: spell(base.pass), after: spell(head.pass), facts: touched,
      summary: `${label} is now ${passWords(headPass)} (was ${passWords(basePass)}).`,
      implication: consequence?.text ?? 'who frees it changed: check that the Go wrapper releases it exactly as the new contract says.',
    };
    record(consequence === undefined ? input : { ...input, requires: consequence.requires });
  }

  // An unstated `from` means the declared type's owner, so stating that owner changes nothing; and when
  // only the type changed, the type change already says who allocates now.
  const baseFrom = allocatedBy(base, typeIndex(pair.baseModel));
  const headFrom = allocatedBy(head, typeIndex(pair.headModel));
  const impliedByType = base.type !== head.type && base.from === undefined && head.from === undefined;
  if (baseFrom !== headFrom && !impliedByType) {
    record({
      kind: 'allocator-changed', ...at('from'),
      before: spell(base.from), after: spell(head.from), facts: touched,
      summary: `${label} is now allocated by ${shown(spell(headFrom))} (was ${shown(spell(baseFrom))}).`,
      implication: 'Memory must be released by the side that allocated it: code written for the old contract releases it on the wrong side (heap corruption) or not at all (leak).',
    });
  }

  const baseLife = lifetimeSpelling(base.lifetime);
  const headLife = lifetimeSpelling(head.lifetime);
  const before = lifetimeRank(base.lifetime);
  const after = lifetimeRank(head.lifetime);
  const bothUntil = base.lifetime?.kind === 'until' && head.lifetime?.kind === 'until';
  // An unstated lifetime reads as `call`, so writing it out (or dropping it) changes nothing.
  if (baseLife !== headLife && (before !== after || bothUntil)) {
    // A parameter's receiver is Rust: a longer lifetime is a new duty for the Go lender. A return value's
    // receiver is Go: a shorter lifetime is the new duty. Moving from one until: to another is both.
    const longer = after > before || bothUntil;
    let requires: Bump;
    let implication: string;
    if (flow === 'param') {
      requires = longer ? 'major' : 'minor';
      implication = longer
        ? `Rust now keeps the pointer ${lifetimeWords(head.lifetime)} (was ${lifetimeWords(base.lifetime)}): Go must keep that memory alive, and pinned if it is Go memory, that long. Go code written for the old contract frees or reuses it too early (use-after-free).`
        : `Rust now keeps the pointer only ${lifetimeWords(head.lifetime)}: Go code written for the old contract keeps it alive longer than needed, which is safe.`;
    } else {
      const shorter = after < before || bothUntil;
      requires = shorter ? 'major' : 'minor';
      implication = shorter
        ? `the result is now valid only ${lifetimeWords(head.lifetime)} (was ${lifetimeWords(base.lifetime)}): Go code written for the old contract that uses it longer reads freed memory.`
        : `Go may now use the result ${lifetimeWords(head.lifetime)}: Go code written for the old contract uses it for less time, which is safe.`;
    }
    record({
      kind: 'lifetime-changed', ...at('lifetime'), requires,
      before: baseLife, after: headLife, facts: touched,
      summary: `${label} now lives ${lifetimeWords(head.lifetime)} (was ${lifetimeWords(base.lifetime)}).`,
      implication,
    });
  }

  if (base.pinned !== head.pinned) {
    record({
      kind: 'pinned-changed', ...at('pinned'), requires: head.pinned ? 'major' : 'minor',
      before: String(base.pinned), after: String(head.pinned), facts: touched,
      summary: head.pinned ? `${label} must now be pinned by Go.` : `${label} no longer needs to be pinned.`,
      implication: head.pinned
        ? 'Go must pin the memory with runtime.Pinner until its lifetime ends: Go code written for the old contract does not, so Rust keeps a pointer the Go runtime does not know about (cgocheck2 reports it; the collector may free it).'
        : 'Rust no longer keeps the pointer past the call: Go code written for the old contract pins it longer than needed, which is safe.',
    });
  }

  if (base.nullable !== head.nullable) {
    const tighter = role === 'param' ? !head.nullable : head.nullable;
    let implication: string;
    if (role === 'param') {
      implication = head.nullable
        ? 'NULL is now accepted: Go may pass nil.'
        : 'NULL is no longer accepted: Go code written for the old contract that passes nil gets invalid-argument, or crashes the process if the check is missing on the Rust side.';
    } else {
      implication = head.nullable
        ? 'the result may now be NULL: Go code written for the old contract that uses it without a nil check dereferences NULL and crashes.'
        : 'the result is never NULL now: the nil check in Go code written for the old contract is harmless.';
    }
    record({
      kind: 'nullable-changed', ...at('nullable'), requires: tighter ? 'major' : 'minor',
      before: String(base.nullable), after: String(head.nullable), facts: touched,
      summary: head.nullable ? `${label} may now be NULL.` : `${label} may no longer be NULL.`,
      implication,
    });
  }

  if (role === 'param') {
    compareOut(record, pair, base as ParamModel, head as ParamModel, touched, at);
    compareArray(record, pair, base as ParamModel, head as ParamModel, touched, at);
    compareCallback(record, pair, base as ParamModel, head as ParamModel, touched, at);
  }

  if (base.doc !== head.doc) {
    record({
      kind: 'doc-changed', ...at('doc'), before: null, after: null, facts: [],
      summary: `the documentation of ${label} changed.`,
      implication: 'No effect on the ABI or on memory safety.',
    });
  }
}

/** An out-parameter through which Rust hands Go memory it allocated (format 1.1). */
function isOutToGo(model: ContractModel, value: ValueModel | ParamModel): boolean {
  return 'out' in value && value.out !== undefined && allocatedBy(value, typeIndex(model)) === 'rust';
}

type At = (field: string) => { path: SourcePath; basePath: SourcePath };

function compareOut(record: RecordChange, pair: ValuePair, base: ParamModel, head: ParamModel, touched: string[], at: At): void {
  if (base.out === head.out) return;
  const words = (out: string | undefined): string => (out === undefined ? 'an input' : out === 'always' ? 'an out-parameter written on every return' : 'an out-parameter written only on success');
  // Only a slot that may now be left unwritten puts a new duty on old Go code: check the result before reading it.
  const requires: Bump = head.out === 'on-success' || (base.out === undefined) !== (head.out === undefined) ? 'major' : 'minor';
  const implication = head.out === 'on-success'
    ? 'Go must now check the call succeeded before reading the slot: Go code written for the old contract reads it after a failure, an uninitialised value it may dereference or free.'
    : head.out === undefined
      ? 'the callee no longer writes through the pointer: Go code written for the old contract reads a slot nobody filled.'
      : base.out === undefined
        ? 'the callee now writes through the pointer: Go code written for the old contract passes memory it does not expect to change.'
        : 'the slot is now written on every return: Go code written for the old contract checks first, which is still correct.';
  record({
    kind: 'out-changed', ...at('out'), requires,
    before: spell(base.out), after: spell(head.out), facts: touched,
    summary: `${pair.label} is now ${words(head.out)} (was ${words(base.out)}).`,
    implication,
  });
}

function compareArray(record: RecordChange, pair: ValuePair, base: ParamModel, head: ParamModel, touched: string[], at: At): void {
  const bound = (p: ParamModel): string | undefined =>
    p.count !== undefined ? `count: ${p.count}` : p.sizedBy !== undefined ? `sized-by: ${p.sizedBy}` : undefined;
  const field = head.sizedBy !== undefined || base.sizedBy !== undefined ? 'sized-by' : 'count';
  if (bound(base) !== bound(head)) {
    record({
      kind: 'array-length-changed', ...at(field), requires: 'major',
      before: spell(bound(base)), after: spell(bound(head)), facts: touched,
      summary: `the length of ${pair.label} is now ${bound(head) === undefined ? 'not an array bound' : `given by ${bound(head)}`} (was ${bound(base) ?? 'not an array'}).`,
      implication: 'Rust reads as many elements as the bound says: Go code written for the old contract sizes the array differently, so Rust reads or writes past its end.',
    });
  }
  if (base.lengths !== head.lengths) {
    record({
      kind: 'array-length-changed', ...at('lengths'), requires: 'major',
      before: spell(base.lengths), after: spell(head.lengths), facts: touched,
      summary: `the per-element lengths of ${pair.label} now come from ${head.lengths === undefined ? 'nowhere (NUL-terminated elements)' : `\`${head.lengths}\``}.`,
      implication: 'Rust bounds each element by the lengths array: Go code written for the old contract passes elements Rust measures differently, so it reads past their ends.',
    });
  }
}

function compareCallback(
  record: RecordChange,
  pair: ValuePair,
  base: ParamModel,
  head: ParamModel,
  touched: string[],
  at: (field: string) => { path: SourcePath; basePath: SourcePath },
): void {
  const { label } = pair;
  if (base.runsOn !== head.runsOn) {
    const implication = head.runsOn === 'rust-thread'
      ? 'the callback now runs on a thread Rust created: it must not rely on the caller\'s locked OS thread, thread-local state or locks the caller holds, and the Go runtime must take in a thread it did not start.'
      : head.runsOn === 'go-thread'
        ? 'the callback now runs synchronously on the calling goroutine\'s thread: a lock the Go caller holds across the call now deadlocks it.'
        : 'the thread that runs the callback is no longer stated: the Go side must assume any thread.';
    record({
      kind: 'callback-thread-changed', ...at('runs-on'),
      before: spell(base.runsOn), after: spell(head.runsOn), facts: touched,
      summary: `${label} now runs on ${shown(spell(head.runsOn))} (was ${shown(spell(base.runsOn))}).`,
      implication,
    });
  }
  if (base.context !== head.context) {
    const implication = head.context === 'cgo-handle'
      ? 'Go must now pass a runtime/cgo.Handle and Delete it when the registration ends: Go code written for the old contract passes a raw Go pointer, which Rust may now keep (a cgo pointer-rule violation).'
      : head.context === 'go-pointer'
        ? 'Rust now receives a raw Go pointer that is valid only during the call and must not keep it: Go code written for the old contract passes a handle number where a pointer is expected.'
        : 'how the callback finds its Go state is no longer stated: the Go wrapper and Rust must agree on it again.';
    record({
      kind: 'callback-context-changed', ...at('context'),
      before: spell(base.context), after: spell(head.context), facts: touched,
      summary: `${label} now carries its Go state as ${shown(spell(head.context))} (was ${shown(spell(base.context))}).`,
      implication,
    });
  }
  if (base.until !== head.until) {
    let requires: Bump = 'major';
    let implication: string;
    if (base.until === undefined) {
      implication = `Rust now keeps the callback until \`${head.until ?? ''}\` is called: its Go state must be a runtime/cgo.Handle that Go deletes only after that call returns. Go code written for the old contract releases its state after the call (use-after-free).`;
    } else if (head.until === undefined) {
      requires = 'minor';
      implication = 'Rust no longer keeps the callback after the call: Go code written for the old contract keeps its state alive longer than needed, which is safe.';
    } else {
      implication = `the registration now ends with \`${head.until}\` (was \`${base.until}\`): Go code written for the old contract deletes the handle at the wrong time (use-after-free or leak).`;
    }
    record({
      kind: 'callback-retention-changed', ...at('until'), requires,
      before: spell(base.until), after: spell(head.until), facts: touched,
      summary: head.until === undefined ? `Rust no longer keeps ${label} registered.` : `Rust now keeps ${label} registered until \`${head.until}\` (was ${base.until === undefined ? 'the end of the call' : `\`${base.until}\``}).`,
      implication,
    });
  }
}
