// Small queries over a ContractModel shared by several lint rules.
import type { ContractModel, FunctionModel, ParamModel, TypeModel, ValueModel } from '../model.ts';
import { BUILTIN_TYPES } from '../schema/vocabulary.ts';

interface ValueSite {
  fn: FunctionModel;
  value: ValueModel;
  /** Present for parameters; absent for the return value. */
  param?: ParamModel;
  /** "parameter data of imgproc_decode" / "return value of imgproc_decode", for messages. */
  label: string;
}

/** Every parameter and return value in source order. */
export function valueSites(model: ContractModel): ValueSite[] {
  const sites: ValueSite[] = [];
  for (const fn of model.functions) {
    for (const param of fn.params) sites.push({ fn, value: param, param, label: `parameter ${param.name} of ${fn.name}` });
    if (fn.returns !== undefined) sites.push({ fn, value: fn.returns, label: `the return value of ${fn.name}` });
  }
  return sites;
}

export function typeIndex(model: ContractModel): Map<string, TypeModel> {
  return new Map(model.types.map((t) => [t.name, t]));
}

export function functionIndex(model: ContractModel): Map<string, FunctionModel> {
  return new Map(model.functions.map((f) => [f.name, f]));
}

export function isBuiltin(type: string): boolean {
  return (BUILTIN_TYPES as readonly string[]).includes(type);
}

/** Who allocated the memory behind a value: stated with `from`, else implied by its declared type. */
export function allocatedBy(value: ValueModel, types: ReadonlyMap<string, TypeModel>): 'go' | 'rust' | undefined {
  if (value.from !== undefined) return value.from;
  const t = types.get(value.type);
  return t !== undefined && 'owner' in t ? t.owner : undefined;
}

/**
 * Whether a value points at memory the Go collector manages: slices, strings and Go-allocated structs,
 * buffers and strings. A Go-owned opaque type is a runtime/cgo.Handle (an integer), and scalars and
 * enums cross by value, so none of those are Go memory.
 */
export function holdsGoMemory(value: ValueModel, types: ReadonlyMap<string, TypeModel>): boolean {
  if (allocatedBy(value, types) !== 'go') return false;
  if (value.type === 'bytes' || value.type === 'string') return true;
  const t = types.get(value.type);
  return t !== undefined && (t.kind === 'struct' || t.kind === 'buffer' || t.kind === 'string');
}

/** A finding's data, with the rule's `didYouMean` hint instead of its own when a near name exists. */
export function didYouMean(suggestion: string | undefined, data: Readonly<Record<string, string | number>>): { data: Readonly<Record<string, string | number>>; hintId?: string } {
  return suggestion === undefined ? { data } : { data: { ...data, suggestion }, hintId: 'didYouMean' };
}
