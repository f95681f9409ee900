// Compares the `functions:` of two contracts: added and removed symbols, the C signature (parameters by
// position, return type), each value's ownership, and the function's error, panic and threading contract.
import type { ContractModel, FunctionModel, ParamModel, SourcePath } from '../contract/model.ts';
import type { RecordChange } from './change.ts';
import { compareValue } from './compare-values.ts';
import { compareAllow, compareDoc } from './compare-review.ts';
import { attributeFacts, functionFacts, valueFacts } from './facts-of.ts';
import type { Bump } from './kinds.ts';
import { matchMembers } from './match-members.ts';
import { errorPolicyWords, shown, spell } from './words.ts';

function paramLabel(fn: string, param: string): string {
  return `parameter \`${param}\` of \`${fn}\``;
}

function signature(fn: FunctionModel): string {
  return `${fn.returns?.type ?? 'void'}(${fn.params.map((p) => p.type).join(', ')})`;
}

export function compareFunctions(record: RecordChange, base: ContractModel, head: ContractModel): void {
  const headNames = new Set(head.functions.map((f) => f.name));
  const baseByName = new Map(base.functions.map((f) => [f.name, f]));
  for (const fn of base.functions) {
    if (headNames.has(fn.name)) continue;
    record({
      kind: 'function-removed', path: fn.path, on: 'base', part: 'key',
      before: signature(fn), after: null, facts: functionFacts(base, fn),
      summary: `function \`${fn.name}\` was removed.`,
      implication: `Go code that still calls \`${fn.name}\` no longer links (static library) or fails to load (shared library); a Go wrapper built for the old ABI must be refused at start-up by the major-version check.`,
    });
  }
  for (const fn of head.functions) {
    const old = baseByName.get(fn.name);
    if (old === undefined) {
      record({
        kind: 'function-added', path: fn.path, on: 'head', part: 'key',
        before: null, after: signature(fn), facts: functionFacts(head, fn),
        summary: `function \`${fn.name}\` was added.`,
        implication: `A new call crosses the boundary: its ownership, lifetime, error and panic contract need the same audit as the existing calls, and Go code that uses it needs a library of at least this ABI version.`,
      });
      continue;
    }
    compareFunction(record, base, head, old, fn);
  }
}

function compareFunction(record: RecordChange, baseModel: ContractModel, headModel: ContractModel, base: FunctionModel, head: FunctionModel): void {
  const name = head.name;
  const path = head.path;
  const own = [...attributeFacts(baseModel, base), ...attributeFacts(headModel, head)];
  compareDoc(record, base.doc, head.doc, path, `\`${name}\``);
  compareAllow(record, base.allow, head.allow, path, `\`${name}\``, [...functionFacts(baseModel, base), ...functionFacts(headModel, head)]);
  compareParams(record, baseModel, headModel, base, head);

  if (base.returns === undefined || head.returns === undefined) {
    if (base.returns !== head.returns) {
      const before = base.returns?.type ?? 'void';
      const after = head.returns?.type ?? 'void';
      record({
        kind: 'return-type-changed', path: [...path, 'returns'],
        before, after, facts: [
          ...(base.returns === undefined ? [] : valueFacts(baseModel, base, { returns: base.returns })),
          ...(head.returns === undefined ? [] : valueFacts(headModel, head, { returns: head.returns })),
        ],
        summary: `the return type of \`${name}\` changed from \`${before}\` to \`${after}\`.`,
        implication: 'Code compiled against the old signature reads the return value with the wrong type: undefined behaviour unless the ABI handshake refuses the old Go wrapper.',
      });
    }
  } else {
    compareValue(record, {
      baseModel, headModel, baseFn: base, headFn: head, base: base.returns, head: head.returns, role: 'return',
      label: `the return value of \`${name}\``, basePath: base.returns.path, headPath: head.returns.path,
    });
  }

  if (base.errors !== head.errors) {
    const lastError = head.errors === 'last-error' ? ' The Go wrapper must now lock the OS thread between the call and the error read.' : '';
    record({
      kind: 'error-model-changed', path: [...path, 'errors'],
      before: spell(base.errors), after: spell(head.errors), facts: own,
      summary: `\`${name}\` now reports failure through ${errorPolicyWords(head.errors)} (was ${errorPolicyWords(base.errors)}).`,
      implication: `The C signature and the Go error translation both change: Go code written for the old contract misses or misreads failures.${lastError}`,
    });
  }

  // An unstated policy is what extern "C" does on its own (abort), so only a change of meaning counts.
  const basePanics = base.panics ?? 'abort';
  const headPanics = head.panics ?? 'abort';
  if (basePanics !== headPanics) {
    const weaker = headPanics === 'abort';
    record({
      kind: 'panic-policy-changed', path: [...path, 'panics'], requires: weaker ? 'major' : 'minor',
      before: spell(base.panics), after: spell(head.panics), facts: own,
      summary: weaker ? `\`${name}\` now aborts the process on a Rust panic (panics was ${shown(spell(base.panics))}).` : `\`${name}\` now catches Rust panics (panics was ${shown(spell(base.panics))}).`,
      implication: weaker
        ? `a Rust panic in \`${name}\` now aborts the whole Go process instead of returning an error: Go code written for the old contract has no chance to recover or report it.`
        : `a Rust panic in \`${name}\` now comes back to Go as an error instead of aborting the process.`,
    });
  }

  compareFlag(record, {
    kind: 'locks-os-thread-changed', path: [...path, 'locks-os-thread'], before: base.locksOsThread, after: head.locksOsThread, facts: own,
    on: `Go must now lock the OS thread around \`${name}\`.`,
    off: `Go no longer needs to lock the OS thread around \`${name}\`.`,
    onImplication: 'Go must call runtime.LockOSThread around the call and the follow-up that reads its thread-local state: Go code written for the old contract can move to another OS thread in between and read another call\'s state.',
    offImplication: 'Go code written for the old contract locks the thread when it no longer has to, which is safe.',
  });
  compareFlag(record, {
    kind: 'blocking-changed', path: [...path, 'blocking'], before: base.blocking, after: head.blocking, facts: own,
    on: `\`${name}\` may now block for a long time.`,
    off: `\`${name}\` no longer blocks for long.`,
    onImplication: 'Go must not hold a mutex across the call and should bound it with a timeout: Go code written for the old contract can stall every goroutine that waits on that lock.',
    offImplication: 'Timeouts in Go code written for the old contract still work; they are just no longer needed.',
  });

  compareFlag(record, {
    kind: 'exclusive-changed', path: [...path, 'exclusive'], before: base.exclusive === true, after: head.exclusive === true, facts: own,
    on: `\`${name}\` must no longer overlap other calls on the same handle.`,
    off: `\`${name}\` may now overlap other calls on the same handle.`,
    onImplication: 'The Go wrapper must hold the handle\'s write lock (not a read lock) around this call: Go code written for the old contract lets it race with readers.',
    offImplication: 'Go code written for the old contract serialises the call when it no longer has to, which is safe.',
  });

  const baseVia = base.cancellable?.via;
  const headVia = head.cancellable?.via;
  if (baseVia !== headVia) {
    let requires: Bump = 'major';
    let implication: string;
    if (baseVia === undefined) {
      requires = 'minor';
      implication = `a Go context.Context can now stop \`${name}\` through \`${headVia ?? ''}\`.`;
    } else if (headVia === undefined) {
      implication = `\`${name}\` can no longer be cancelled: a context deadline in Go no longer stops it, so Go code written for the old contract waits for the call to finish.`;
    } else {
      implication = `Go code written for the old contract calls \`${baseVia}\` to cancel, which no longer stops \`${name}\`.`;
    }
    record({
      kind: 'cancellable-changed', path: headVia === undefined ? [...path, 'cancellable'] : [...path, 'cancellable', 'via'],
      basePath: baseVia === undefined ? [...base.path, 'cancellable'] : [...base.path, 'cancellable', 'via'],
      requires, before: spell(baseVia), after: spell(headVia), facts: own,
      summary: headVia === undefined ? `\`${name}\` is no longer cancellable.` : `\`${name}\` is now cancelled through \`${headVia}\` (was ${baseVia === undefined ? 'not cancellable' : `\`${baseVia}\``}).`,
      implication,
    });
  }
  if (base.cancellable !== undefined && head.cancellable !== undefined) {
    compareDoc(record, base.cancellable.doc, head.cancellable.doc, [...path, 'cancellable'], `the cancellation of \`${name}\``);
  }
}

interface FlagChange {
  kind: 'locks-os-thread-changed' | 'blocking-changed' | 'exclusive-changed';
  path: SourcePath;
  before: boolean;
  after: boolean;
  facts: string[];
  on: string;
  off: string;
  onImplication: string;
  offImplication: string;
}

/** A boolean duty: switching it on is new work for old Go code (major), switching it off is not (minor). */
function compareFlag(record: RecordChange, flag: FlagChange): void {
  if (flag.before === flag.after) return;
  record({
    kind: flag.kind, path: flag.path, requires: flag.after ? 'major' : 'minor',
    before: String(flag.before), after: String(flag.after), facts: flag.facts,
    summary: flag.after ? flag.on : flag.off,
    implication: flag.after ? flag.onImplication : flag.offImplication,
  });
}

function compareParams(record: RecordChange, baseModel: ContractModel, headModel: ContractModel, base: FunctionModel, head: FunctionModel): void {
  const name = head.name;
  const match = matchMembers(base.params, head.params, (p) => p.name, (a, b) => a.type === b.type);
  const facts = (model: ContractModel, fn: FunctionModel, p: ParamModel): string[] => valueFacts(model, fn, { param: p });
  for (const gone of match.removed) {
    record({
      kind: 'param-removed', path: gone.item.path, on: 'base', part: 'key',
      before: gone.item.type, after: null, facts: facts(baseModel, base, gone.item),
      summary: `${paramLabel(name, gone.item.name)} was removed.`,
      implication: 'Code compiled against the old signature passes one argument too many, and every later argument lands in the wrong place: undefined behaviour unless the ABI handshake refuses the old Go wrapper.',
    });
  }
  for (const fresh of match.added) {
    record({
      kind: 'param-added', path: fresh.item.path, on: 'head', part: 'key',
      before: null, after: fresh.item.type, facts: facts(headModel, head, fresh.item),
      summary: `${paramLabel(name, fresh.item.name)} was added.`,
      implication: 'Code compiled against the old signature does not pass it, so Rust reads an undefined register or stack slot: undefined behaviour unless the ABI handshake refuses the old Go wrapper.',
    });
  }
  if (match.reordered) {
    const order = (fn: FunctionModel): string => fn.params.map((p) => p.name).join(', ');
    record({
      kind: 'param-reordered', path: [...head.path, 'params'], basePath: [...base.path, 'params'], part: 'key',
      before: order(base), after: order(head), facts: [],
      summary: `the parameters of \`${name}\` changed order: (${order(base)}) became (${order(head)}).`,
      implication: 'C passes arguments by position: code compiled against the old signature passes each moved argument in the wrong place.',
    });
  }
  for (const pair of match.matched) {
    if (pair.renamed) {
      record({
        kind: 'param-renamed', path: pair.head.path, basePath: pair.base.path, part: 'key',
        before: pair.base.name, after: pair.head.name, facts: [],
        summary: `${paramLabel(name, pair.base.name)} was renamed to \`${pair.head.name}\`.`,
        implication: 'Names are not part of the C ABI; only documentation and the Go wrapper\'s parameter names change.',
      });
    }
    compareValue(record, {
      baseModel, headModel, baseFn: base, headFn: head, base: pair.base, head: pair.head, role: 'param',
      label: paramLabel(name, pair.head.name), basePath: pair.base.path, headPath: pair.head.path,
    });
  }
}
