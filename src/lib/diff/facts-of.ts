// The facts of one part of a contract (a value, a function, a type, the error table): the contract's own
// fact rules run over a trimmed copy, so a change touches exactly the facts its item implies.
import { contractFacts } from '../contract/facts.ts';
import type { ContractModel, FunctionModel, ParamModel, ValueModel } from '../contract/model.ts';

function trimmed(model: ContractModel, functions: FunctionModel[], typeNames: readonly string[] = []): ContractModel {
  const referenced = new Set(typeNames);
  for (const fn of functions) {
    for (const p of fn.params) referenced.add(p.type);
    if (fn.returns !== undefined) referenced.add(fn.returns.type);
  }
  return { ...model, types: model.types.filter((t) => referenced.has(t.name)), functions };
}

function factsOf(model: ContractModel): string[] {
  return contractFacts(model).filter((f) => f !== 'abi.versioned');
}

/** The function's own attributes (errors, panics, blocking, cancellation) without its values. */
function bare(fn: FunctionModel): FunctionModel {
  const { returns: _returns, ...rest } = fn;
  return { ...rest, params: [] };
}

/** The function reduced to a carrier for values: none of its own attributes imply a fact. */
function shell(fn: FunctionModel, params: ParamModel[], returns?: ValueModel): FunctionModel {
  const carrier: FunctionModel = { name: fn.name, path: fn.path, allow: {}, params, locksOsThread: false, blocking: false };
  if (returns !== undefined) carrier.returns = returns;
  return carrier;
}

/** Facts of one parameter or the return value. */
export function valueFacts(model: ContractModel, fn: FunctionModel, value: { param: ParamModel } | { returns: ValueModel }): string[] {
  return factsOf(trimmed(model, ['param' in value ? shell(fn, [value.param]) : shell(fn, [], value.returns)]));
}

/** Facts of a function's own attributes (error model, panics, blocking, cancellation). */
export function attributeFacts(model: ContractModel, fn: FunctionModel): string[] {
  return factsOf(trimmed(model, [bare(fn)]));
}

/** Every fact a whole function implies, its parameter and return types included. */
export function functionFacts(model: ContractModel, fn: FunctionModel): string[] {
  return factsOf(trimmed(model, [fn]));
}

/** Facts of a declared type and of every value of that type. */
export function typeFacts(model: ContractModel, name: string): string[] {
  const sites: FunctionModel[] = [];
  for (const fn of model.functions) {
    const params = fn.params.filter((p) => p.type === name);
    const returns = fn.returns?.type === name ? fn.returns : undefined;
    if (params.length === 0 && returns === undefined) continue;
    sites.push(shell(fn, params, returns));
  }
  return factsOf(trimmed(model, sites, [name]));
}

/** Facts of the error table: how the functions that can fail report it. */
export function errorTableFacts(model: ContractModel): string[] {
  return factsOf(trimmed(model, model.functions.map(bare))).filter((f) => f.startsWith('error.'));
}
