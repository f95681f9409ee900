// ContractModel: the validated contract in a shape convenient for lint rules, facts and diagrams.
// Maps become ordered arrays with their names; every item keeps the YAML path it came from so any
// consumer can point back at the source (ctx.locate(path) -> line:column).
import type { ContractData } from './schema/contract.ts';

/** A path into the YAML document, as keys and list indexes: ['functions', 'img_free', 'params', 'img']. */
export type SourcePath = readonly (string | number)[];

export type Owner = 'go' | 'rust';
type Threads = 'shared' | 'single' | 'send';
type SyncMode = 'mutex-inside' | 'wrapper' | 'rust-sync';
type PassMode = 'borrow' | 'transfer' | 'copy';
type ErrorPolicy = 'out-param' | 'return-code' | 'last-error' | 'object' | 'none';
type PanicPolicy = 'catch' | 'abort';
type CallbackContext = 'cgo-handle' | 'go-pointer';
type RunsOn = 'go-thread' | 'rust-thread';
/** Format 1.1: when an out-parameter is written. */
type OutParam = 'always' | 'on-success' | 'on-failure';

/** `call`, `static`, or `until` a named function is called. */
export type Lifetime = { kind: 'call' } | { kind: 'static' } | { kind: 'until'; fn: string };

/** Rule ID -> reason, for findings the contract acknowledges on this item. */
export type Allowances = Readonly<Record<string, string>>;

interface Declared {
  name: string;
  path: SourcePath;
  doc?: string;
  allow: Allowances;
}

export interface OpaqueTypeModel extends Declared {
  kind: 'opaque';
  owner: Owner;
  create: string[];
  destroy?: string;
  threads?: Threads;
  sync?: SyncMode;
  secret: boolean;
  /** Format 1.1: objects of this type carry failures for functions with errors: object (present only when declared). */
  error?: true;
  /** Format 1.1: the handle this one is made from; without destroy, an interior handle the parent releases. */
  parent?: { type: string; mayOutlive: boolean; path: SourcePath };
}

export interface StructFieldModel {
  name: string;
  /** The C spelling, like `const uint8_t *`. */
  cType: string;
  /** Format 1.1: who owns the memory a pointer field points to. */
  owner?: Owner;
  path: SourcePath;
  doc?: string;
}

export interface StructTypeModel extends Declared {
  kind: 'struct';
  owner?: Owner;
  fields: StructFieldModel[];
  size?: number;
  align?: number;
  /** Format 1.1: a Rust-heap struct, or a vec struct whose contents a function releases. */
  create: string[];
  destroy?: string;
}

interface EnumValueModel {
  name: string;
  value: number;
  path: SourcePath;
}

export interface EnumTypeModel extends Declared {
  kind: 'enum';
  /** i32 when the contract leaves it out. */
  repr: 'u8' | 'i8' | 'u16' | 'i16' | 'u32' | 'i32' | 'u64' | 'i64';
  values: EnumValueModel[];
}

interface BufferTypeModel extends Declared {
  kind: 'buffer';
  owner: Owner;
  create: string[];
  destroy?: string;
  arena?: string;
  secret: boolean;
}

interface StringTypeModel extends Declared {
  kind: 'string';
  owner: Owner;
  form?: 'nul-terminated' | 'pointer-length';
  create: string[];
  destroy?: string;
  secret: boolean;
}

export type TypeModel = OpaqueTypeModel | StructTypeModel | EnumTypeModel | BufferTypeModel | StringTypeModel;

export interface ValueModel {
  /** A built-in type name (see BUILTIN_TYPES) or the name of a declared type. */
  type: string;
  from?: Owner;
  pass?: PassMode;
  lifetime?: Lifetime;
  pinned: boolean;
  nullable: boolean;
  path: SourcePath;
  doc?: string;
}

export interface ParamModel extends ValueModel {
  name: string;
  /** Callbacks only. */
  context?: CallbackContext;
  runsOn?: RunsOn;
  /** Callbacks only: the function that ends the registration. */
  until?: string;
  /** Format 1.1: an out-parameter, and when the callee writes it. */
  out?: OutParam;
  /** Format 1.1: an array whose element count is this other parameter. */
  count?: string;
  /** Format 1.1: an array whose length this function returns for the same handle. */
  sizedBy?: string;
  /** Format 1.1, with count: the parallel array of per-element byte lengths. */
  lengths?: string;
  /** Format 1.1, callbacks only: the user-data parameter passed back, and the finalizer that drops it. */
  env?: string;
  freeEnv?: string;
}

export interface FunctionModel extends Declared {
  params: ParamModel[];
  returns?: ValueModel;
  errors?: ErrorPolicy;
  panics?: PanicPolicy;
  locksOsThread: boolean;
  blocking: boolean;
  /** Format 1.1: never overlaps another call on the same handle (present only when declared). */
  exclusive?: true;
  /** Format 1.1: may be called from a signal handler (present only when declared). */
  signalSafe?: true;
  cancellable?: { via: string; path: SourcePath; doc?: string };
}

export interface ErrorModel {
  code: number;
  name: string;
  /** The Go sentinel, like ErrInvalidArgument; absent (format 1.1) when the wrapper reports codes in a typed error. */
  go?: string;
  message?: string;
  doc?: string;
  path: SourcePath;
}

interface LibraryModel {
  name: string;
  abi: { major: number; minor: number; text: string };
  goPackage: string;
  doc?: string;
  path: SourcePath;
}

export interface ContractModel {
  interlock: 1 | 1.1;
  /** Format 1.1: rules acknowledged for the whole contract. */
  allow: Allowances;
  library: LibraryModel;
  doc?: string;
  /** In source order. */
  types: TypeModel[];
  /** In source order. */
  functions: FunctionModel[];
  /** Sorted by code (JavaScript objects do not keep the source order of numeric keys). */
  errors: ErrorModel[];
  /** The status that means success for `errors: return-code` functions: 0 unless `success-code:` (1.1) says otherwise. */
  successCode: number;
}

function withDoc<T extends object>(target: T, doc: string | undefined): T & { doc?: string } {
  return doc === undefined ? target : { ...target, doc };
}

function parseLifetime(text: string | undefined): Lifetime | undefined {
  if (text === undefined) return undefined;
  if (text === 'call' || text === 'static') return { kind: text };
  return { kind: 'until', fn: text.slice('until:'.length) };
}

type RawValue = NonNullable<ContractData['functions'][string]['returns']>;
type RawParam = NonNullable<ContractData['functions'][string]['params']>[string];

function toValue(raw: RawValue, path: SourcePath): ValueModel {
  const value: ValueModel = { type: raw.type, pinned: raw.pinned ?? false, nullable: raw.nullable ?? false, path };
  if (raw.from !== undefined) value.from = raw.from;
  if (raw.pass !== undefined) value.pass = raw.pass;
  const lifetime = parseLifetime(raw.lifetime);
  if (lifetime !== undefined) value.lifetime = lifetime;
  return withDoc(value, raw.doc);
}

function toParam(name: string, raw: RawParam, path: SourcePath): ParamModel {
  const param: ParamModel = { name, ...toValue(raw, path) };
  if (raw.context !== undefined) param.context = raw.context;
  if (raw['runs-on'] !== undefined) param.runsOn = raw['runs-on'];
  if (raw.until !== undefined) param.until = raw.until;
  if (raw.out !== undefined) param.out = raw.out;
  if (raw.count !== undefined) param.count = raw.count;
  if (raw['sized-by'] !== undefined) param.sizedBy = raw['sized-by'];
  if (raw.lengths !== undefined) param.lengths = raw.lengths;
  if (raw.env !== undefined) param.env = raw.env;
  if (raw['free-env'] !== undefined) param.freeEnv = raw['free-env'];
  return param;
}

type RawType = NonNullable<ContractData['types']>[string];

function toType(name: string, raw: RawType): TypeModel {
  const path: SourcePath = ['types', name];
  const base = { name, path, allow: raw.allow ?? {} };
  switch (raw.kind) {
    case 'opaque': {
      const t: OpaqueTypeModel = { ...base, kind: 'opaque', owner: raw.owner, create: raw.create ?? [], secret: raw.secret ?? false };
      if (raw.error === true) t.error = true;
      if (raw.destroy !== undefined) t.destroy = raw.destroy;
      if (raw.threads !== undefined) t.threads = raw.threads;
      if (raw.sync !== undefined) t.sync = raw.sync;
      if (raw.parent !== undefined) t.parent = { type: raw.parent.type, mayOutlive: raw.parent['may-outlive'] ?? false, path: [...path, 'parent'] };
      return withDoc(t, raw.doc);
    }
    case 'struct': {
      const fields = raw.fields.map((f, i): StructFieldModel => {
        const field: StructFieldModel = { name: f.name, cType: f.type, path: [...path, 'fields', i] };
        if (f.owner !== undefined) field.owner = f.owner;
        return withDoc(field, f.doc);
      });
      const t: StructTypeModel = { ...base, kind: 'struct', fields, create: raw.create ?? [] };
      if (raw.destroy !== undefined) t.destroy = raw.destroy;
      if (raw.owner !== undefined) t.owner = raw.owner;
      if (raw.size !== undefined) t.size = raw.size;
      if (raw.align !== undefined) t.align = raw.align;
      return withDoc(t, raw.doc);
    }
    case 'enum': {
      const values = Object.entries(raw.values).map(([n, value]): EnumValueModel => ({ name: n, value, path: [...path, 'values', n] }));
      return withDoc<EnumTypeModel>({ ...base, kind: 'enum', repr: raw.repr ?? 'i32', values }, raw.doc);
    }
    case 'buffer': {
      const t: BufferTypeModel = { ...base, kind: 'buffer', owner: raw.owner, create: raw.create ?? [], secret: raw.secret ?? false };
      if (raw.destroy !== undefined) t.destroy = raw.destroy;
      if (raw.arena !== undefined) t.arena = raw.arena;
      return withDoc(t, raw.doc);
    }
    case 'string': {
      const t: StringTypeModel = { ...base, kind: 'string', owner: raw.owner, create: raw.create ?? [], secret: raw.secret ?? false };
      if (raw.form !== undefined) t.form = raw.form;
      if (raw.destroy !== undefined) t.destroy = raw.destroy;
      return withDoc(t, raw.doc);
    }
  }
}

/** Builds the model from schema-validated data (object key order is the YAML source order). */
export function toModel(data: ContractData): ContractModel {
  const [major = 0, minor = 0] = data.library.abi.split('.').map(Number);
  const library = withDoc<LibraryModel>(
    { name: data.library.name, abi: { major, minor, text: data.library.abi }, goPackage: data.library.go_package, path: ['library'] },
    data.library.doc,
  );
  const types = Object.entries(data.types ?? {}).map(([name, raw]) => toType(name, raw));
  const functions = Object.entries(data.functions).map(([name, raw]): FunctionModel => {
    const path: SourcePath = ['functions', name];
    const fn: FunctionModel = {
      name,
      path,
      allow: raw.allow ?? {},
      params: Object.entries(raw.params ?? {}).map(([p, rawParam]) => toParam(p, rawParam, [...path, 'params', p])),
      locksOsThread: raw['locks-os-thread'] ?? false,
      blocking: raw.blocking ?? data.defaults?.blocking ?? false,
    };
    if (raw.exclusive === true) fn.exclusive = true;
    if (raw['signal-safe'] === true) fn.signalSafe = true;
    if (raw.returns !== undefined) fn.returns = toValue(raw.returns, [...path, 'returns']);
    // A function's own value wins; `defaults:` (format 1.1) fills what it leaves out.
    const errors = raw.errors ?? data.defaults?.errors;
    const panics = raw.panics ?? data.defaults?.panics;
    if (errors !== undefined) fn.errors = errors;
    if (panics !== undefined) fn.panics = panics;
    if (raw.cancellable !== undefined) {
      fn.cancellable = withDoc({ via: raw.cancellable.via, path: [...path, 'cancellable', 'via'] }, raw.cancellable.doc);
    }
    return withDoc(fn, raw.doc);
  });
  const errors = Object.entries(data.errors ?? {}).map(([code, e]): ErrorModel => {
    const err: ErrorModel = { code: Number(code), name: e.name, path: ['errors', code] };
    if (e.go !== undefined) err.go = e.go;
    if (e.message !== undefined) err.message = e.message;
    return withDoc(err, e.doc);
  }).sort((a, b) => a.code - b.code);
  const model: ContractModel = { interlock: data.interlock, allow: data.allow ?? {}, library, types, functions, errors, successCode: data['success-code'] ?? 0 };
  return withDoc(model, data.doc);
}
