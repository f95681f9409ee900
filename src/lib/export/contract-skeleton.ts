// Facts -> a boundary-contract skeleton (YAML) for the bundle: one small declaration per fact, valid and ready to rename.
import { ABI_VERSION_PATTERN, libraryNameProblem } from '../contract/names.ts';

interface SkeletonInput {
  /** The library (crate) name, already accepted by the name validator: lower-case kebab or snake case. */
  library: string;
  /** The Go module path of the wrapper, already accepted by the name validator. */
  goPackage: string;
  /** The ABI version, MAJOR.MINOR, already accepted by the validator; "1.0" when the project has none yet. */
  abi?: string;
  /** Facts from playbooks/facts.yaml that hold for the project. */
  facts: ReadonlySet<string>;
  /** interlock's version, for the header comment. */
  toolVersion: string;
}

const GO_PACKAGE = /^[a-z0-9.-]+(\/[A-Za-z0-9._~-]+)*$/;
/** The longest suffix the skeleton appends to the prefix (`_clear_listener`) must keep names within 64 characters. */
const MAX_PREFIX = 64 - '_clear_listener'.length;

interface Fn {
  name: string;
  doc: string;
  params: string[];
  returns?: string;
  errors: string;
  extra: string[];
}

interface FnSpec {
  params?: string[];
  returns?: string;
  errors?: string;
  extra?: string[];
}

/** What every part of the skeleton decides from: the facts, the name prefix and the project's policies. */
interface Plan {
  has: (fact: string) => boolean;
  /** Function name prefix: the library name in snake case, short enough for the longest suffix. */
  p: string;
  /** The error policy of most functions: the first the project uses, out-param when it named none. */
  main: 'out-param' | 'return-code' | 'last-error';
  /** Every error policy the project uses, in that order. */
  policies: ReadonlyArray<'out-param' | 'return-code' | 'last-error'>;
  catches: boolean;
  /** The library has a main handle (opaque, shared, or torn down in order). */
  handle: boolean;
}

/** The declarations collected so far, and the one way a part adds a function. */
interface Builder {
  plan: Plan;
  types: string[];
  functions: Fn[];
  fn(name: string, doc: string, spec: FnSpec): void;
}

function planOf(input: SkeletonInput): Plan {
  const has = (fact: string): boolean => input.facts.has(fact);
  const policies = (['out-param', 'return-code', 'last-error'] as const).filter((e) => has(`error.${e}`));
  return {
    has,
    p: input.library.replaceAll('-', '_').slice(0, MAX_PREFIX).replace(/_+$/, ''),
    main: policies[0] ?? 'out-param',
    policies,
    catches: has('panic.catch') || !has('panic.abort'),
    handle: has('handle.opaque') || has('handle.shared-across-goroutines') || has('teardown.ordered'),
  };
}

function builder(plan: Plan): Builder {
  const b: Builder = {
    plan,
    types: [],
    functions: [],
    fn(name, doc, spec) {
      const errors = spec.errors ?? 'none';
      const f: Fn = { name: `${plan.p}_${name}`, doc, params: spec.params ?? [], errors, extra: spec.extra ?? [] };
      if (spec.returns !== undefined) f.returns = spec.returns;
      if (errors === 'last-error' && !f.extra.includes('locks-os-thread: true')) f.extra.unshift('locks-os-thread: true');
      b.functions.push(f);
    },
  };
  return b;
}

/** A fallible call that hands Go new Rust memory: returned directly, or through an out-parameter when the status is the return value. */
function gives(plan: Plan, t: string, params: string[] = []): FnSpec {
  return plan.main === 'return-code'
    ? { params: [...params, `out: { type: ${t}, from: rust, pass: transfer }`], returns: 'i32', errors: plan.main }
    : { params, returns: t, errors: plan.main };
}

/** A create function must return its handle (the contract's own rule), so with return-code it reports through an out-parameter. */
function creates(plan: Plan, t: string, params: string[] = []): FnSpec {
  return { params, returns: t, errors: plan.main === 'return-code' ? 'out-param' : plan.main };
}

/** A call whose status is its result under return-code, and an out-parameter or last error otherwise. */
function fallible(plan: Plan, spec: FnSpec): FnSpec {
  return { ...spec, errors: plan.main, ...(plan.main === 'return-code' ? { returns: 'i32' } : {}) };
}

/** The main Handle and a Session that borrows it, when the facts call for them. */
function handleTypes(b: Builder): void {
  const { has, p, handle } = b.plan;
  if (handle) {
    const threads = has('handle.shared-across-goroutines') ? ['threads: shared', 'sync: mutex-inside'] : ['threads: send'];
    b.types.push(
      'Handle:',
      '  kind: opaque',
      '  owner: rust',
      `  create: [${p}_handle_new]`,
      `  destroy: ${p}_handle_free`,
      ...threads.map((l) => `  ${l}`),
      ...(has('secret.zeroize') ? ['  secret: true'] : []),
      `  doc: The library's main object; Go holds only this pointer, inside a wrapper that frees it once.`,
    );
    b.fn('handle_new', 'Creates a Handle that Go must release with the free function.', creates(b.plan, 'Handle'));
    b.fn('handle_free', 'Releases the Handle; NULL is a no-op, so a double Close cannot crash.', {
      params: ['handle: { type: Handle, pass: transfer, nullable: true }'],
    });
  }
  if (has('teardown.ordered')) {
    b.types.push(
      'Session:',
      '  kind: opaque',
      '  owner: rust',
      `  create: [${p}_session_open]`,
      `  destroy: ${p}_session_close`,
      '  threads: send',
      '  doc: Borrows its Handle, so it is closed before the Handle is freed (reverse order of creation).',
    );
    b.fn('session_open', 'Opens a Session on a Handle, which must outlive it.', creates(b.plan, 'Session', [`handle: { type: Handle, pass: borrow, lifetime: until:${p}_session_close }`]));
    b.fn('session_close', 'Releases the Session; NULL is a no-op.', { params: ['session: { type: Session, pass: transfer, nullable: true }'] });
  }
}

/** Rust-owned bytes, key material and arena scratch buffers, each with the call that releases it. */
function bufferTypes(b: Builder): void {
  const { has, p, handle } = b.plan;
  if (has('buffer.rust-owned')) {
    b.types.push('Bytes:', '  kind: buffer', '  owner: rust', `  destroy: ${p}_bytes_free`, '  doc: Rust-allocated bytes that Go returns to Rust, never to C.free.');
    b.fn('bytes_free', "Frees Bytes with Rust's allocator, using the length Rust returned.", { params: ['bytes: { type: Bytes, pass: transfer, nullable: true }'] });
  }
  if (has('secret.zeroize') && !handle) {
    b.types.push(
      'Secret:',
      '  kind: buffer',
      '  owner: rust',
      '  secret: true',
      `  destroy: ${p}_secret_free`,
      '  doc: Key material; only the destroy function touches it, and it zeroizes before freeing.',
    );
    // A released type needs the call that produces it (lint: type-produced).
    b.fn('secret_derive', 'Derives a Secret that Go holds until it calls the free function.', gives(b.plan, 'Secret'));
    b.fn('secret_free', 'Zeroizes, then frees, the Secret; NULL is a no-op.', { params: ['secret: { type: Secret, pass: transfer, nullable: true }'] });
  }
  if (has('buffer.arena')) {
    b.types.push('Scratch:', '  kind: buffer', '  owner: rust', `  arena: ${p}_arena_reset`, '  doc: Comes from an arena; every Scratch is released at once by the arena reset.');
    b.fn('scratch_get', 'Lends Go a Scratch buffer that stays valid until the next arena reset.', {
      returns: `{ type: Scratch, pass: borrow, lifetime: until:${p}_arena_reset }`,
      errors: b.plan.main === 'return-code' ? 'out-param' : b.plan.main,
    });
    b.fn('arena_reset', 'Releases every Scratch buffer handed out since the last reset.', {});
  }
}

/** A repr(C) struct and an integer enum, for the facts that say values of those kinds cross. */
function valueTypes(b: Builder): void {
  const { has, p } = b.plan;
  if (has('struct.by-value')) {
    b.types.push(
      'Stats:',
      '  kind: struct',
      '  owner: go',
      '  fields:',
      '    - { name: items, type: uint64_t }',
      '    - { name: flags, type: uint32_t }',
      '  size: 16',
      '  align: 8',
      '  doc: repr(C) on both sides; a layout test checks size and alignment in Rust and in Go.',
    );
  }
  if (has('enum.integer')) {
    const upper = p.toUpperCase();
    b.types.push('Mode:', '  kind: enum', '  repr: u8', '  values:', `    ${upper}_MODE_FAST: 1`, `    ${upper}_MODE_SAFE: 2`, '  doc: Both sides refuse a value that is not listed here instead of transmuting it.');
  }
}

/** The main call, which borrows every value the facts mention, and the cancel call when it can be cancelled. */
function mainCall(b: Builder): void {
  const { has, p, handle } = b.plan;
  const params: string[] = [];
  if (handle) params.push('handle: { type: Handle, pass: borrow, lifetime: call }');
  if (has('buffer.go-borrowed')) params.push('data: { type: bytes, from: go, pass: borrow, lifetime: call }');
  if (has('string.crossing')) params.push('name: { type: string, from: go, pass: borrow, lifetime: call }');
  if (has('enum.integer')) params.push('mode: { type: Mode, pass: copy }');
  if (has('struct.by-value')) params.push('stats: { type: Stats, from: go, pass: borrow, lifetime: call, doc: Filled by Rust. }');
  if (has('callback.go-from-rust') && !has('callback.foreign-thread')) {
    params.push('progress: { type: callback, context: go-pointer, runs-on: go-thread, nullable: true }');
  }
  if (has('secret.zeroize') && !handle) params.push('secret: { type: Secret, pass: borrow, lifetime: call }');
  const extra = [...(has('call.blocking') ? ['blocking: true'] : []), ...(has('call.cancellable') ? [`cancellable: { via: ${p}_cancel }`] : [])];
  const doc = 'The main call; everything it borrows is used only until it returns.';
  if (has('buffer.rust-owned')) b.fn('process', doc, { ...gives(b.plan, 'Bytes', params), extra });
  else b.fn('process', doc, fallible(b.plan, { params, extra }));
  if (has('call.cancellable')) b.fn('cancel', 'Makes a running process call return the cancelled error soon; safe from any goroutine.', {});
}

/** A call per further error policy, the deliberate abort, pinned Go memory and a foreign-thread listener. */
function otherCalls(b: Builder): void {
  const { has, p, policies } = b.plan;
  // Each further error policy the project uses gets a call of its own, so the skeleton shows every one.
  for (const other of policies.slice(1)) {
    b.fn(`check_${other === 'return-code' ? 'status' : 'state'}`, `A call that reports failure through ${other}.`, {
      errors: other,
      ...(other === 'return-code' ? { returns: 'i32' } : {}),
    });
  }
  if (has('panic.catch') && has('panic.abort')) {
    b.fn('fatal_check', 'Aborts the process on a panic instead of reporting it, a deliberate and reviewed choice.', { extra: ['panics: abort'] });
  }
  if (has('buffer.go-retained')) {
    b.fn('watch', 'Rust keeps the Go bytes until unwatch returns; Go pins them with runtime.Pinner meanwhile.', fallible(b.plan, {
      params: [`data: { type: bytes, from: go, pass: borrow, lifetime: until:${p}_unwatch, pinned: true }`],
    }));
    b.fn('unwatch', 'After it returns, Rust holds no pointer to the watched bytes and Go unpins them.', {});
  }
  if (has('callback.foreign-thread')) {
    b.fn('set_listener', "Registers a listener that Rust's own threads call until clear_listener returns.", fallible(b.plan, {
      params: [`listener: { type: callback, context: cgo-handle, runs-on: rust-thread, until: ${p}_clear_listener }`],
    }));
    b.fn('clear_listener', 'After it returns the listener never runs again, and Go deletes the cgo.Handle.', {});
  }
}

/** One function as contract YAML lines. */
function functionLines(f: Fn, panics: string): string[] {
  // Docs are fixed sentences written as plain YAML scalars; ": " or " #" would change their meaning.
  if (/: | #/.test(f.doc)) throw new Error(`contract skeleton: doc of ${f.name} needs quoting`);
  const out = [`  ${f.name}:`, `    doc: ${f.doc}`];
  if (f.params.length > 0) out.push('    params:', ...f.params.map((l) => `      ${l}`));
  // A built-in scalar is copied; a declared type is handed over, unless the spec spelled the whole value out.
  if (f.returns !== undefined) {
    const value = f.returns.startsWith('{') ? f.returns : `{ type: ${f.returns}, pass: ${/^[a-z]/.test(f.returns) ? 'copy' : 'transfer'} }`;
    out.push(`    returns: ${value}`);
  }
  out.push(`    errors: ${f.errors}`);
  const abort = f.extra.includes('panics: abort');
  out.push(`    panics: ${abort ? 'abort' : panics}`, ...f.extra.filter((l) => l !== 'panics: abort').map((l) => `    ${l}`));
  return out;
}

/** The error table: present when any function can fail, with the entries the facts make reachable. */
function errorLines(b: Builder): string[] {
  if (!b.functions.some((f) => f.errors !== 'none')) return [];
  const errors = ['{ name: invalid-argument, go: ErrInvalidArgument, message: "an argument was NULL, empty or out of range" }'];
  if (b.plan.has('call.cancellable')) errors.push('{ name: cancelled, go: ErrCancelled, message: the call was cancelled }');
  if (b.plan.catches) errors.push('{ name: panic, go: ErrPanic, message: the library panicked; the call had no effect }');
  return ['', 'errors:', ...errors.map((e, i) => `  ${i + 1}: ${e}`)];
}

/**
 * The contract skeleton as YAML text. Every declaration is there because one of the facts holds, and the
 * result parses and validates with the contract checker (lint may still flag deliberate choices such as
 * panics: abort). The library and Go package names must already have passed the allow-list validators.
 */
export function contractSkeleton(input: SkeletonInput): string {
  if (libraryNameProblem(input.library) !== undefined) throw new Error(`contract skeleton: library name ${JSON.stringify(input.library)} was not validated`);
  if (!GO_PACKAGE.test(input.goPackage)) throw new Error(`contract skeleton: Go package ${JSON.stringify(input.goPackage)} was not validated`);
  const abi = input.abi ?? '1.0';
  if (!ABI_VERSION_PATTERN.test(abi)) throw new Error(`contract skeleton: ABI version ${JSON.stringify(abi)} was not validated`);
  const b = builder(planOf(input));
  // Only when the answers say the library has one: a skeleton must not declare a function the team said does not exist.
  if (b.plan.has('abi.versioned')) b.fn('abi_version', 'Returns MAJOR << 16 | MINOR; Go compares it with library.abi before any other call.', { returns: 'u32' });
  handleTypes(b);
  bufferTypes(b);
  valueTypes(b);
  mainCall(b);
  otherCalls(b);
  const out = [
    `# Boundary contract skeleton for ${input.library}, written by interlock ${input.toolVersion} from your answers.`,
    '# Each declaration stands for one fact you answered. Rename them to your real types and functions, add the',
    '# rest of your C ABI, then check it: interlock check contract.yaml',
    'interlock: 1',
    'library:',
    `  name: ${input.library}`,
    `  abi: "${abi}"`,
    `  go_package: ${input.goPackage}`,
  ];
  if (b.types.length > 0) out.push('', 'types:', ...b.types.map((l) => `  ${l}`));
  out.push('', 'functions:', ...b.functions.flatMap((f) => functionLines(f, b.plan.catches ? 'catch' : 'abort')));
  out.push(...errorLines(b));
  return `${out.join('\n')}\n`;
}
