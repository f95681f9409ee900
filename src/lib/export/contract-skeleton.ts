// Facts -> a boundary-contract skeleton (YAML) for the bundle: one small declaration per fact, valid and ready to rename.
import { libraryNameProblem } from '../contract/names.ts';
import { ABI_VERSION_PATTERN } from '../contract/names.ts';

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
  const has = (fact: string): boolean => input.facts.has(fact);
  const p = input.library.replaceAll('-', '_').slice(0, MAX_PREFIX).replace(/_+$/, '');
  const upper = p.toUpperCase();

  // The error policy of most functions: the first the project uses, out-param when it named none.
  const policies = (['out-param', 'return-code', 'last-error'] as const).filter((e) => has(`error.${e}`));
  const main = policies[0] ?? 'out-param';
  const catches = has('panic.catch') || !has('panic.abort');
  const panics = catches ? 'catch' : 'abort';
  const handle = has('handle.opaque') || has('handle.shared-across-goroutines') || has('teardown.ordered');

  const types: string[] = [];
  const functions: Fn[] = [];
  const fn = (name: string, doc: string, spec: { params?: string[]; returns?: string; errors?: string; extra?: string[] }): void => {
    const errors = spec.errors ?? 'none';
    const f: Fn = { name: `${p}_${name}`, doc, params: spec.params ?? [], errors, extra: spec.extra ?? [] };
    if (spec.returns !== undefined) f.returns = spec.returns;
    if (errors === 'last-error' && !f.extra.includes('locks-os-thread: true')) f.extra.unshift('locks-os-thread: true');
    functions.push(f);
  };
  /** A fallible call that hands Go new Rust memory: returned directly, or through an out-parameter when the status is the return value. */
  const gives = (t: string, params: string[] = []): { params: string[]; returns: string; errors: string } =>
    main === 'return-code'
      ? { params: [...params, `out: { type: ${t}, from: rust, pass: transfer }`], returns: 'i32', errors: main }
      : { params, returns: t, errors: main };
  // A create function must return its handle (the contract's own rule), so with return-code it reports through an out-parameter.
  const creates = (t: string, params: string[] = []): { params: string[]; returns: string; errors: string } => ({
    params,
    returns: t,
    errors: main === 'return-code' ? 'out-param' : main,
  });

  // Only when the answers say the library has one: a skeleton must not declare a function the team said does not exist.
  if (has('abi.versioned')) fn('abi_version', 'Returns MAJOR << 16 | MINOR; Go compares it with library.abi before any other call.', { returns: 'u32' });

  if (handle) {
    const threads = has('handle.shared-across-goroutines') ? ['threads: shared', 'sync: mutex-inside'] : ['threads: send'];
    types.push(
      'Handle:',
      '  kind: opaque',
      '  owner: rust',
      `  create: [${p}_handle_new]`,
      `  destroy: ${p}_handle_free`,
      ...threads.map((l) => `  ${l}`),
      ...(has('secret.zeroize') ? ['  secret: true'] : []),
      `  doc: The library's main object; Go holds only this pointer, inside a wrapper that frees it once.`,
    );
    fn('handle_new', 'Creates a Handle that Go must release with the free function.', creates('Handle'));
    fn('handle_free', 'Releases the Handle; NULL is a no-op, so a double Close cannot crash.', {
      params: ['handle: { type: Handle, pass: transfer, nullable: true }'],
    });
  }
  if (has('teardown.ordered')) {
    types.push(
      'Session:',
      '  kind: opaque',
      '  owner: rust',
      `  create: [${p}_session_open]`,
      `  destroy: ${p}_session_close`,
      '  threads: send',
      '  doc: Borrows its Handle, so it is closed before the Handle is freed (reverse order of creation).',
    );
    fn('session_open', 'Opens a Session on a Handle, which must outlive it.', creates('Session', [`handle: { type: Handle, pass: borrow, lifetime: until:${p}_session_close }`]));
    fn('session_close', 'Releases the Session; NULL is a no-op.', { params: ['session: { type: Session, pass: transfer, nullable: true }'] });
  }
  if (has('buffer.rust-owned')) {
    types.push(
      'Bytes:',
      '  kind: buffer',
      '  owner: rust',
      `  destroy: ${p}_bytes_free`,
      '  doc: Rust-allocated bytes that Go returns to Rust, never to C.free.',
    );
    fn('bytes_free', "Frees Bytes with Rust's allocator, using the length Rust returned.", {
      params: ['bytes: { type: Bytes, pass: transfer, nullable: true }'],
    });
  }
  if (has('secret.zeroize') && !handle) {
    types.push(
      'Secret:',
      '  kind: buffer',
      '  owner: rust',
      '  secret: true',
      `  destroy: ${p}_secret_free`,
      '  doc: Key material; only the destroy function touches it, and it zeroizes before freeing.',
    );
    // A released type needs the call that produces it (lint: type-produced).
    fn('secret_derive', 'Derives a Secret that Go holds until it calls the free function.', gives('Secret'));
    fn('secret_free', 'Zeroizes, then frees, the Secret; NULL is a no-op.', { params: ['secret: { type: Secret, pass: transfer, nullable: true }'] });
  }
  if (has('buffer.arena')) {
    types.push(
      'Scratch:',
      '  kind: buffer',
      '  owner: rust',
      `  arena: ${p}_arena_reset`,
      '  doc: Comes from an arena; every Scratch is released at once by the arena reset.',
    );
    fn('scratch_get', 'Lends Go a Scratch buffer that stays valid until the next arena reset.', {
      returns: `{ type: Scratch, pass: borrow, lifetime: until:${p}_arena_reset }`,
      errors: main === 'return-code' ? 'out-param' : main,
    });
    fn('arena_reset', 'Releases every Scratch buffer handed out since the last reset.', {});
  }
  if (has('struct.by-value')) {
    types.push(
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
    types.push(
      'Mode:',
      '  kind: enum',
      '  repr: u8',
      '  values:',
      `    ${upper}_MODE_FAST: 1`,
      `    ${upper}_MODE_SAFE: 2`,
      '  doc: Both sides refuse a value that is not listed here instead of transmuting it.',
    );
  }

  // The main call collects every borrowed value the facts mention.
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
  if (has('buffer.rust-owned')) fn('process', doc, { ...gives('Bytes', params), extra });
  else fn('process', doc, { params, errors: main, extra, ...(main === 'return-code' ? { returns: 'i32' } : {}) });
  if (has('call.cancellable')) fn('cancel', 'Makes a running process call return the cancelled error soon; safe from any goroutine.', {});
  // Each further error policy the project uses gets a call of its own, so the skeleton shows every one.
  for (const other of policies.slice(1)) {
    fn(`check_${other === 'return-code' ? 'status' : 'state'}`, `A call that reports failure through ${other}.`, {
      errors: other,
      ...(other === 'return-code' ? { returns: 'i32' } : {}),
    });
  }
  if (has('panic.catch') && has('panic.abort')) {
    fn('fatal_check', 'Aborts the process on a panic instead of reporting it, a deliberate and reviewed choice.', { extra: ['panics: abort'] });
  }
  if (has('buffer.go-retained')) {
    fn('watch', 'Rust keeps the Go bytes until unwatch returns; Go pins them with runtime.Pinner meanwhile.', {
      params: [`data: { type: bytes, from: go, pass: borrow, lifetime: until:${p}_unwatch, pinned: true }`],
      errors: main,
      ...(main === 'return-code' ? { returns: 'i32' } : {}),
    });
    fn('unwatch', 'After it returns, Rust holds no pointer to the watched bytes and Go unpins them.', {});
  }
  if (has('callback.foreign-thread')) {
    fn('set_listener', "Registers a listener that Rust's own threads call until clear_listener returns.", {
      params: [`listener: { type: callback, context: cgo-handle, runs-on: rust-thread, until: ${p}_clear_listener }`],
      errors: main,
      ...(main === 'return-code' ? { returns: 'i32' } : {}),
    });
    fn('clear_listener', 'After it returns the listener never runs again, and Go deletes the cgo.Handle.', {});
  }

  const fallible = functions.some((f) => f.errors !== 'none');
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
  if (types.length > 0) out.push('', 'types:', ...types.map((l) => `  ${l}`));
  out.push('', 'functions:');
  for (const f of functions) {
    // Docs are fixed sentences written as plain YAML scalars; ": " or " #" would change their meaning.
    if (/: | #/.test(f.doc)) throw new Error(`contract skeleton: doc of ${f.name} needs quoting`);
    out.push(`  ${f.name}:`, `    doc: ${f.doc}`);
    if (f.params.length > 0) out.push('    params:', ...f.params.map((l) => `      ${l}`));
    // A built-in scalar is copied; a declared type is handed over, unless the spec spelled the whole value out.
    if (f.returns !== undefined) {
      const value = f.returns.startsWith('{') ? f.returns : `{ type: ${f.returns}, pass: ${/^[a-z]/.test(f.returns) ? 'copy' : 'transfer'} }`;
      out.push(`    returns: ${value}`);
    }
    out.push(`    errors: ${f.errors}`);
    const abort = f.extra.includes('panics: abort');
    out.push(`    panics: ${abort ? 'abort' : panics}`, ...f.extra.filter((l) => l !== 'panics: abort').map((l) => `    ${l}`));
  }
  if (fallible) {
    const errors = ['{ name: invalid-argument, go: ErrInvalidArgument, message: "an argument was NULL, empty or out of range" }'];
    if (has('call.cancellable')) errors.push('{ name: cancelled, go: ErrCancelled, message: the call was cancelled }');
    if (catches) errors.push('{ name: panic, go: ErrPanic, message: the library panicked; the call had no effect }');
    out.push('', 'errors:', ...errors.map((e, i) => `  ${i + 1}: ${e}`));
  }
  return `${out.join('\n')}\n`;
}
