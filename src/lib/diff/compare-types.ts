// Compares the `types:` of two contracts: handles, buffers and strings (owner, release, threads, secrets),
// repr(C) structs (fields, size, alignment) and integer enums (representation and values).
import type { ContractModel, EnumTypeModel, OpaqueTypeModel, StructFieldModel, StructTypeModel, TypeModel } from '../contract/model.ts';
import type { RecordChange } from './change.ts';
import { compareAllow, compareDoc } from './compare-review.ts';
import { typeFacts } from './facts-of.ts';
import type { Bump } from './kinds.ts';
import { matchMembers } from './match-members.ts';
import { list, shown, spell, threadsWords } from './words.ts';

export function compareTypes(record: RecordChange, base: ContractModel, head: ContractModel): void {
  const headNames = new Set(head.types.map((t) => t.name));
  const baseByName = new Map(base.types.map((t) => [t.name, t]));
  for (const t of base.types) {
    if (headNames.has(t.name)) continue;
    record({
      kind: 'type-removed', path: t.path, on: 'base', part: 'key',
      before: t.kind, after: null, facts: typeFacts(base, t.name),
      summary: `${t.kind} type \`${t.name}\` was removed.`,
      implication: `Code that still passes or receives a \`${t.name}\` no longer matches the library; the functions that used it changed too.`,
    });
  }
  for (const t of head.types) {
    const old = baseByName.get(t.name);
    if (old === undefined) {
      record({
        kind: 'type-added', path: t.path, on: 'head', part: 'key',
        before: null, after: t.kind, facts: typeFacts(head, t.name),
        summary: `${t.kind} type \`${t.name}\` was added.`,
        implication: `A new kind of value crosses the boundary: audit who owns a \`${t.name}\`, who frees it and which threads may use it.`,
      });
      continue;
    }
    compareType(record, base, head, old, t);
  }
}

function compareType(record: RecordChange, baseModel: ContractModel, headModel: ContractModel, base: TypeModel, head: TypeModel): void {
  const name = head.name;
  const label = `\`${name}\``;
  const facts = [...typeFacts(baseModel, name), ...typeFacts(headModel, name)];
  if (base.kind !== head.kind) {
    record({
      kind: 'type-kind-changed', path: [...head.path, 'kind'],
      before: base.kind, after: head.kind, facts,
      summary: `${label} changed from ${base.kind} to ${head.kind}.`,
      implication: `Every value of ${label} now has a different representation at the boundary: code compiled against the old contract misreads all of them.`,
    });
    return;
  }
  compareDoc(record, base.doc, head.doc, head.path, label);
  compareAllow(record, base.allow, head.allow, head.path, label, facts);

  const baseOwner = 'owner' in base ? base.owner : undefined;
  const headOwner = 'owner' in head ? head.owner : undefined;
  if (baseOwner !== headOwner) {
    record({
      kind: 'owner-changed', path: [...head.path, 'owner'],
      before: spell(baseOwner), after: spell(headOwner), facts,
      summary: `${label} is now owned by ${shown(spell(headOwner))} (was ${shown(spell(baseOwner))}).`,
      implication: 'Only the owner may free it: code written for the old contract frees it on the wrong side (heap corruption) or never (leak).',
    });
  }

  if (base.kind !== 'enum' && head.kind !== 'enum') {
    const h = head;
    // Constructors are a set: reordering the list changes nothing.
    if ([...base.create].sort().join(',') !== [...h.create].sort().join(',')) {
      record({
        kind: 'create-changed', path: [...head.path, 'create'],
        before: base.create.join(', '), after: h.create.join(', '), facts,
        summary: `the functions that create ${label} are now ${list(h.create)} (were ${list(base.create)}).`,
        implication: `Every value these functions return must still be released exactly once; check that the Go wrapper tracks ${label} from each of them.`,
      });
    }
    if (base.destroy !== h.destroy) {
      let implication = `Go code written for the old contract releases ${label} with \`${base.destroy ?? ''}\`, the wrong function now (double free, invalid free or leak).`;
      if (base.destroy === undefined) implication = `${label} must now be released with \`${h.destroy ?? ''}\`: Go code written for the old contract never releases it (leak).`;
      if (h.destroy === undefined) implication = `${label} no longer has a release function: Go code written for the old contract still calls \`${base.destroy}\`.`;
      record({
        kind: 'destroy-changed', path: [...head.path, 'destroy'],
        before: spell(base.destroy), after: spell(h.destroy), facts,
        summary: `${label} is now released by ${shown(spell(h.destroy))} (was ${shown(spell(base.destroy))}).`,
        implication,
      });
    }
    compareSecret(record, 'secret' in base && base.secret, 'secret' in h && h.secret, head.path, label, facts);
  }
  if (base.kind === 'buffer' && head.kind === 'buffer' && base.arena !== head.arena) {
    record({
      kind: 'arena-changed', path: [...head.path, 'arena'],
      before: spell(base.arena), after: spell(head.arena), facts,
      summary: `${label} buffers are now released in bulk by ${shown(spell(head.arena))} (was ${shown(spell(base.arena))}).`,
      implication: head.arena === undefined
        ? `Each ${label} must now be released on its own: Go code written for the old contract relies on the arena and leaks them.`
        : `Buffers now die when \`${head.arena}\` runs: Go code written for the old contract that keeps one past that call reads freed memory.`,
    });
  }
  if (base.kind === 'string' && head.kind === 'string' && base.form !== head.form) {
    record({
      kind: 'string-form-changed', path: [...head.path, 'form'],
      before: spell(base.form), after: spell(head.form), facts,
      summary: `${label} is now passed as ${shown(spell(head.form))} (was ${shown(spell(base.form))}).`,
      implication: 'A NUL-terminated string and a pointer-length pair are different C arguments: code written for the old contract passes the wrong shape (a missing NUL reads past the end).',
    });
  }
  if (base.kind === 'opaque' && head.kind === 'opaque') {
    compareThreads(record, base.threads, head.threads, head.path, label, facts);
    compareSync(record, base.sync, head.sync, head.path, label, facts);
    compareParent(record, base, head, label, facts);
  }
  if (base.kind === 'struct' && head.kind === 'struct') compareStruct(record, base, head, facts);
  if (base.kind === 'enum' && head.kind === 'enum') compareEnum(record, base, head, facts);
}

function compareSecret(record: RecordChange, before: boolean, after: boolean, path: readonly (string | number)[], label: string, facts: string[]): void {
  if (before === after) return;
  record({
    kind: 'secret-changed', path: [...path, 'secret'], requires: after ? 'major' : 'minor',
    before: String(before), after: String(after), facts: [...facts, 'secret.zeroize'],
    summary: after ? `${label} now holds secrets.` : `${label} no longer holds secrets.`,
    implication: after
      ? 'The release function must wipe it and Go must never copy it into Go memory: Go code written for the old contract may keep copies that are never wiped.'
      : 'It no longer needs wiping; Go code written for the old contract is more careful than needed, which is safe.',
  });
}

function compareParent(record: RecordChange, base: OpaqueTypeModel, head: OpaqueTypeModel, label: string, facts: string[]): void {
  // A child that must not outlive its parent is the tightest case; no parent at all is the loosest.
  const words = (t: OpaqueTypeModel): string =>
    t.parent === undefined ? 'independent' : t.parent.mayOutlive ? `made from \`${t.parent.type}\`, may outlive it` : `made from \`${t.parent.type}\`, must not outlive it`;
  if (words(base) === words(head)) return;
  const tighter = head.parent !== undefined && !head.parent.mayOutlive;
  record({
    kind: 'parent-changed', path: [...head.path, 'parent'], basePath: [...base.path, 'parent'], requires: tighter ? 'major' : 'minor',
    before: words(base), after: words(head), facts,
    summary: `${label} is now ${words(head)} (was ${words(base)}).`,
    implication: tighter
      ? `Go must now free every ${head.name} before its ${head.parent?.type ?? ''} and keep the parent reachable while a child lives: Go code written for the old contract may free the parent first, leaving the child dangling (use-after-free).`
      : 'Go code written for the old contract frees children first, which stays correct.',
  });
}

const THREAD_RANK: Readonly<Record<string, number>> = { single: 0, send: 1, shared: 2 };

function compareThreads(record: RecordChange, before: string | undefined, after: string | undefined, path: readonly (string | number)[], label: string, facts: string[]): void {
  // Unstated is read as the most restrictive use (only the creating OS thread), so stating it changes nothing.
  const b = THREAD_RANK[before ?? 'single'] ?? 0;
  const a = THREAD_RANK[after ?? 'single'] ?? 0;
  if (a === b) return;
  const requires: Bump = a < b ? 'major' : 'minor';
  record({
    kind: 'threads-changed', path: [...path, 'threads'], requires,
    before: spell(before), after: spell(after), facts,
    summary: `${label} may now be used by ${threadsWords(after)} (was ${threadsWords(before)}).`,
    implication: a < b
      ? 'Go code written for the old contract uses it more freely than the library now allows: concurrent or cross-thread use becomes a data race inside Rust.'
      : 'Go may now use it more freely, so the Rust object must really be Send or Sync: audit its interior mutability before the Go wrapper relaxes its locking or thread pinning.',
  });
}

function compareSync(record: RecordChange, before: string | undefined, after: string | undefined, path: readonly (string | number)[], label: string, facts: string[]): void {
  // Unstated is read as the caller's job (the wrapper locks), so stating `wrapper` changes nothing.
  const rustLocksBefore = before === 'mutex-inside';
  const rustLocksAfter = after === 'mutex-inside';
  if (rustLocksBefore === rustLocksAfter) return;
  const requires: Bump = rustLocksBefore ? 'major' : 'minor';
  const who = (sync: string | undefined): string => (sync === 'mutex-inside' ? 'Rust (mutex-inside)' : 'the Go wrapper');
  record({
    kind: 'sync-changed', path: [...path, 'sync'], requires,
    before: spell(before), after: spell(after), facts,
    summary: `concurrent use of ${label} is now serialised by ${who(after)} (was ${who(before)}).`,
    implication: requires === 'major'
      ? 'Rust no longer locks inside each call: the Go wrapper must hold a sync.Mutex around every call, and Go code written for the old contract without that lock races.'
      : 'Rust now locks inside each call: the Go wrapper\'s own lock becomes redundant, which is safe.',
  });
}

function fieldLabel(struct: string, field: string): string {
  return `field \`${field}\` of \`${struct}\``;
}

function compareStruct(record: RecordChange, base: StructTypeModel, head: StructTypeModel, facts: string[]): void {
  const name = head.name;
  const layout = 'Both sides must agree on every offset: regenerate the Go mirror and update the layout test; code built for the old layout reads and writes fields at the wrong offsets.';
  const match = matchMembers<StructFieldModel>(base.fields, head.fields, (f) => f.name, (a, b) => a.cType === b.cType);
  for (const gone of match.removed) {
    record({
      kind: 'struct-field-removed', path: gone.item.path, on: 'base', before: gone.item.cType, after: null, facts,
      summary: `${fieldLabel(name, gone.item.name)} was removed.`, implication: layout,
    });
  }
  for (const fresh of match.added) {
    record({
      kind: 'struct-field-added', path: fresh.item.path, on: 'head', before: null, after: fresh.item.cType, facts,
      summary: `${fieldLabel(name, fresh.item.name)} was added.`, implication: layout,
    });
  }
  if (match.reordered) {
    const order = (s: StructTypeModel): string => s.fields.map((f) => f.name).join(', ');
    record({
      kind: 'struct-field-reordered', path: [...head.path, 'fields'], basePath: [...base.path, 'fields'], part: 'key',
      before: order(base), after: order(head), facts,
      summary: `the fields of \`${name}\` changed order: (${order(base)}) became (${order(head)}).`, implication: layout,
    });
  }
  for (const pair of match.matched) {
    if (pair.renamed) {
      record({
        kind: 'struct-field-renamed', path: [...pair.head.path, 'name'], basePath: [...pair.base.path, 'name'],
        before: pair.base.name, after: pair.head.name, facts: [],
        summary: `${fieldLabel(name, pair.base.name)} was renamed to \`${pair.head.name}\`.`,
        implication: 'The layout is unchanged; Go code that names the field must be updated (the compiler finds every use).',
      });
    }
    if (pair.base.cType !== pair.head.cType) {
      record({
        kind: 'struct-field-type-changed', path: [...pair.head.path, 'type'], basePath: [...pair.base.path, 'type'],
        before: pair.base.cType, after: pair.head.cType, facts,
        summary: `${fieldLabel(name, pair.head.name)} changed type from \`${pair.base.cType}\` to \`${pair.head.cType}\`.`, implication: layout,
      });
    }
    compareDoc(record, pair.base.doc, pair.head.doc, pair.head.path, fieldLabel(name, pair.head.name), pair.base.path);
  }
  for (const key of ['size', 'align'] as const) {
    if (base[key] === head[key]) continue;
    record({
      kind: 'struct-layout-changed', path: [...head.path, key],
      before: spell(base[key]), after: spell(head[key]), facts,
      summary: `the declared ${key === 'size' ? 'size' : 'alignment'} of \`${name}\` is now ${shown(spell(head[key]))} (was ${shown(spell(base[key]))}).`,
      implication: key === 'size'
        ? 'Code built for the old size allocates or copies the wrong number of bytes: reads past the end, or fields left unwritten.'
        : 'Code built for the old alignment can hand Rust a misaligned pointer, which is undefined behaviour.',
    });
  }
}

function compareEnum(record: RecordChange, base: EnumTypeModel, head: EnumTypeModel, facts: string[]): void {
  const name = head.name;
  if (base.repr !== head.repr) {
    record({
      kind: 'enum-repr-changed', path: [...head.path, 'repr'],
      before: base.repr, after: head.repr, facts,
      summary: `\`${name}\` now crosses as \`${head.repr}\` (was \`${base.repr}\`).`,
      implication: 'Every value of the enum now has a different size or signedness at the boundary: code built for the old representation passes and reads the wrong bytes.',
    });
  }
  const headByName = new Map(head.values.map((v) => [v.name, v]));
  const baseByName = new Map(base.values.map((v) => [v.name, v]));
  const baseOnly = base.values.filter((v) => !headByName.has(v.name));
  const headOnly = head.values.filter((v) => !baseByName.has(v.name));
  // A constant that only changed its name keeps its number: pair those first.
  const renamed = new Map<string, string>();
  for (const gone of baseOnly) {
    const twin = headOnly.find((h) => h.value === gone.value && ![...renamed.values()].includes(h.name));
    if (twin !== undefined) renamed.set(gone.name, twin.name);
  }
  for (const gone of baseOnly) {
    const to = renamed.get(gone.name);
    if (to !== undefined) {
      const twin = head.values.find((v) => v.name === to);
      record({
        kind: 'enum-value-renamed', path: twin?.path ?? gone.path, basePath: gone.path, part: 'key',
        before: gone.name, after: to, facts: [],
        summary: `\`${name}\` constant \`${gone.name}\` was renamed to \`${to}\` (still ${gone.value}).`,
        implication: 'The number that crosses the boundary is unchanged; code that names the constant must be updated.',
      });
      continue;
    }
    record({
      kind: 'enum-value-removed', path: gone.path, on: 'base', part: 'key',
      before: String(gone.value), after: null, facts,
      summary: `\`${name}\` constant \`${gone.name}\` (${gone.value}) was removed.`,
      implication: `Code built for the old contract still sends ${gone.value}, which the library now rejects, or worse, reads as something else if the number is ever reused.`,
    });
  }
  for (const fresh of headOnly) {
    if ([...renamed.values()].includes(fresh.name)) continue;
    record({
      kind: 'enum-value-added', path: fresh.path, on: 'head', part: 'key',
      before: null, after: String(fresh.value), facts,
      summary: `\`${name}\` gained the constant \`${fresh.name}\` (${fresh.value}).`,
      implication: `Code built for the old contract may receive ${fresh.value}: it must reject it as unknown, never convert it blindly into its own enum type.`,
    });
  }
  for (const v of head.values) {
    const old = baseByName.get(v.name);
    if (old === undefined || old.value === v.value) continue;
    record({
      kind: 'enum-value-changed', path: v.path, basePath: old.path,
      before: String(old.value), after: String(v.value), facts,
      summary: `\`${name}\` constant \`${v.name}\` is now ${v.value} (was ${old.value}).`,
      implication: `Code built for the old contract sends ${old.value} for \`${v.name}\`, which now means something else or nothing.`,
    });
  }
}
