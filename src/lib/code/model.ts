// The boundary model: what the header, the Rust crate and the Go package say, as plain data with positions.
import type { Pos } from './syntax.ts';

export interface CParam {
  name: string;
  /** Normalised C type text, e.g. "const uint8_t *", "Meter *", "fnptr". */
  type: string;
  pos: Pos;
}

export interface CFunction {
  name: string;
  params: CParam[];
  returns: string;
  pos: Pos;
  doc?: string;
  /** Defined in the header itself (static inline): not a symbol the library exports. */
  defined?: boolean;
}

export interface CField {
  name: string;
  type: string;
  pos: Pos;
}

export interface CStruct {
  name: string;
  /** The tag when a typedef gives the struct another name (`typedef struct wasm_val { ... } wasm_val_t;`). */
  tag?: string;
  /** Undefined for an opaque (declared, never defined) struct. */
  fields?: CField[];
  pos: Pos;
  doc?: string;
}

export interface CEnumValue {
  name: string;
  /** The integer value when the header makes it computable here (literals and implicit increments). */
  value?: number;
  pos: Pos;
}

export interface CEnum {
  /** Undefined for an anonymous `enum { ... }` (constants only). */
  name?: string;
  values: CEnumValue[];
  pos: Pos;
  doc?: string;
}

interface CMacro {
  name: string;
  value: string;
  pos: Pos;
}

export interface HeaderModel {
  file: string;
  functions: CFunction[];
  structs: CStruct[];
  enums: CEnum[];
  macros: CMacro[];
  /** Every typedef name (struct aliases, function pointer types, integer aliases). */
  typedefs: string[];
}

export interface RustParam {
  name: string;
  /** The Rust type as written, whitespace collapsed. */
  type: string;
  pos: Pos;
}

export interface PanicSite {
  /** What can panic: "unwrap()", "panic!", "index", "division", ... */
  what: string;
  pos: Pos;
}

export interface RustFunction {
  name: string;
  /** `extern "C"` with `no_mangle` or `export_name`: a symbol the C side links against. */
  exported: boolean;
  params: RustParam[];
  returns: string;
  pos: Pos;
  /** Plain function names called in the body (closures included), for one-step guard and panic propagation. */
  calls: string[];
  catchesUnwind: boolean;
  panicSites: PanicSite[];
  /** Ownership idioms seen in the body. */
  idioms: {
    boxIntoRaw: boolean;
    boxFromRaw: boolean;
    /** `CString::into_raw(c)`, or `c.into_raw()` in a body that makes a `CString`. */
    cstringIntoRaw: boolean;
    cstringFromRaw: boolean;
    fromRawParts: boolean;
    fromUtf8: boolean;
    /** `param.field.as_ptr()` / `as_mut_ptr()`: a pointer into memory a parameter's object owns. */
    interiorPointer: boolean;
    /** An into_raw pointer is also stored in a parameter's object, which keeps owning it. */
    intoRawKept: boolean;
  };
  /** Parameters stored whole in a struct the body builds (`Iter { re }`): kept beyond the call. */
  storesParams: string[];
  /** Parameters used inside a struct field's value (`Names { n: re.names() }`): perhaps kept, the code cannot tell. */
  buildsFromParams: string[];
  doc?: string;
  /** Written inside an item macro (`ffi_fn! { fn ... }`): the macro's expansion decides export and unwinding. */
  macro?: string;
  /** The exporting macro catches a panic and then aborts the process (regex-capi's ffi_fn!): `panics: abort`. */
  abortsOnPanic?: boolean;
}

/** A `macro_rules!` whose expansion defines a `#[no_mangle] extern fn`: what an invocation's function becomes. */
export interface ExportMacro {
  name: string;
  /** The expansion runs the body inside `catch_unwind`. */
  catchesUnwind: boolean;
  /** ... and aborts the process when it catches one. */
  abortsOnPanic: boolean;
}

export interface RustStruct {
  name: string;
  reprC: boolean;
  fields: RustParam[];
  pos: Pos;
}

export interface UnsafeBlock {
  pos: Pos;
  /** A `SAFETY:` comment on the lines just above, on the same line, or first inside the block. */
  justified: boolean;
}

export interface RustFileModel {
  file: string;
  functions: RustFunction[];
  structs: RustStruct[];
  unsafeBlocks: UnsafeBlock[];
  /** `const NAME: T = <integer>;` items: the Rust side of C enum constants and version macros. */
  consts: { name: string; value: number; pos: Pos }[];
  /** `type Name = T;` items whose cfg holds, so a field typed by an alias is compared by what it stands for. */
  aliases: { name: string; type: string }[];
  /** `mod name;` declarations whose cfg holds, with a `#[path = "..."]` if given: the files the crate reader follows. */
  modules: { name: string; path?: string }[];
  /** Macros defined in this file that export the function they are given (format of rure's `ffi_fn!`). */
  exportMacros: ExportMacro[];
  /** Item-level macro invocations that are not a function in a macro: what they generate is not read. */
  itemMacros: { name: string; args: string[]; pos: Pos }[];
}

export interface GoCall {
  /** The callee as written, whitespace removed: "C.meter_free", "runtime.SetFinalizer", "m.cleanup.Stop". */
  callee: string;
  /** Argument texts, whitespace collapsed. */
  args: string[];
  pos: Pos;
}

export interface GoAssign {
  /** Left-hand side text, e.g. "m.h", "cs". */
  target: string;
  /** Right-hand side text. */
  value: string;
  pos: Pos;
}

export interface GoFunction {
  /** "Close" or "(*Meter).Close". */
  name: string;
  receiver?: string;
  pos: Pos;
  /** Parameter names (receiver excluded). */
  params: string[];
  calls: GoCall[];
  assigns: GoAssign[];
  /** Every returned expression, at the position of its return statement, with the conditions of the `if`s around it. */
  returns: { text: string; pos: Pos; guards: string[] }[];
}

export interface GoFileModel {
  file: string;
  /** The `//go:build` expression, if any. */
  build?: string;
  isTest: boolean;
  /** The cgo preamble (the comment above `import "C"`) and the 1-based line its text starts on. */
  preamble?: { text: string; line: number };
  /** Functions the preamble defines in C (its own helpers, not the library's); filled by the scanner. */
  preambleFunctions: string[];
  /** Library functions the preamble declares itself instead of taking them from the header; filled by the scanner. */
  preambleDeclarations: string[];
  functions: GoFunction[];
  /** Struct type declarations: a Go mirror of a C struct is compared field by field with the header. */
  structs: { name: string; fields: { name: string; type: string; pos: Pos }[]; pos: Pos }[];
}

/** Everything read for one variant of one boundary; any part may be absent when its path was not given. */
export interface Boundary {
  header?: HeaderModel;
  rust: RustFileModel[];
  go: GoFileModel[];
}
