// A part of a large C API (`interlock init --only wasmtime_store_`): the functions whose names start with one of
// the prefixes, and the structs and enums they reach through their parameters, results and fields.
import type { HeaderModel } from './model.ts';

/** Every identifier in a C type text: `const wasmtime_val_t *` -> wasmtime_val_t (keywords are harmless). */
function names(type: string): string[] {
  return type.match(/[A-Za-z_]\w*/g) ?? [];
}

export function headerSubset(header: HeaderModel, prefixes: readonly string[]): HeaderModel {
  const functions = header.functions.filter((f) => prefixes.some((p) => f.name.startsWith(p)));
  const reached = new Set(functions.flatMap((f) => [f.returns, ...f.params.map((p) => p.type)].flatMap(names)));
  // A struct's fields reach further types (a value struct holding another): follow them until nothing is added.
  for (let grew = true; grew; ) {
    grew = false;
    for (const s of header.structs) {
      if (!reached.has(s.name) || s.fields === undefined) continue;
      for (const n of s.fields.flatMap((f) => names(f.type))) {
        if (!reached.has(n)) {
          reached.add(n);
          grew = true;
        }
      }
    }
  }
  return {
    ...header,
    functions,
    structs: header.structs.filter((s) => reached.has(s.name)),
    enums: header.enums.filter((e) => e.name !== undefined && reached.has(e.name)),
  };
}
