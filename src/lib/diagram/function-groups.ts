// Functions grouped by the type they are about, so a map can be read one type at a time: each function joins the
// type it creates, else the one it destroys, else the first declared type among its parameters, else its return
// type; the rest are the library's own functions. Groups follow the type declarations, functions the source.
import type { ContractModel, FunctionModel } from '../contract/model.ts';

export interface FunctionGroup {
  /** The declared type the group is about; absent for functions that touch no declared type. */
  type?: string;
  /** Function names in declaration order. */
  functions: string[];
}

/** The type a function is about, or undefined when it touches no declared (non-enum) type. */
function groupOf(fn: FunctionModel, model: ContractModel, drawn: ReadonlySet<string>): string | undefined {
  const creates = model.types.find((t) => 'create' in t && t.create.includes(fn.name));
  if (creates !== undefined) return creates.name;
  const destroys = model.types.find((t) => 'destroy' in t && t.destroy === fn.name);
  if (destroys !== undefined) return destroys.name;
  const param = fn.params.find((p) => drawn.has(p.type));
  if (param !== undefined) return param.type;
  return fn.returns !== undefined && drawn.has(fn.returns.type) ? fn.returns.type : undefined;
}

export function functionGroups(model: ContractModel): FunctionGroup[] {
  const drawn = new Set(model.types.filter((t) => t.kind !== 'enum').map((t) => t.name));
  const byType = new Map<string | undefined, string[]>();
  for (const fn of model.functions) {
    const key = groupOf(fn, model, drawn);
    byType.set(key, [...(byType.get(key) ?? []), fn.name]);
  }
  const groups: FunctionGroup[] = [];
  for (const t of model.types) {
    const functions = byType.get(t.name);
    if (functions !== undefined) groups.push({ type: t.name, functions });
  }
  const rest = byType.get(undefined);
  if (rest !== undefined) groups.push({ functions: rest });
  return groups;
}
