// Every diagram a contract yields, and the lookup the CLI and the site use to pick one.
import type { ContractModel } from '../contract/model.ts';
import { opaqueTypes, type Diagram, type DiagramKind } from './diagram.ts';
import { lifecycleDiagram } from './lifecycle.ts';
import { ownershipDiagram, ownershipMaps } from './ownership.ts';

/** The ownership map (or its parts, for a large contract) first, then one lifecycle per opaque handle type in source order. */
export function contractDiagrams(model: ContractModel): Diagram[] {
  return [...ownershipMaps(model), ...opaqueTypes(model).map((t) => lifecycleDiagram(model, t))];
}

type DiagramChoice = { ok: true; diagram: Diagram } | { ok: false; problem: string };

/** One diagram by kind (and, for a lifecycle, the opaque type it follows); the problem says what exists instead. */
export function chooseDiagram(model: ContractModel, kind: DiagramKind, type?: string): DiagramChoice {
  if (kind === 'ownership') {
    if (type !== undefined) return { ok: false, problem: 'a type is chosen only for a lifecycle diagram' };
    return { ok: true, diagram: ownershipDiagram(model) };
  }
  const candidates = opaqueTypes(model);
  const names = candidates.map((t) => t.name).join(', ');
  if (candidates.length === 0) return { ok: false, problem: `${model.library.name} declares no opaque handle type, so it has no lifecycle diagram` };
  if (type === undefined) {
    if (candidates.length === 1) return { ok: true, diagram: lifecycleDiagram(model, candidates[0]!) };
    return { ok: false, problem: `choose the opaque type to follow: ${names}` };
  }
  const chosen = candidates.find((t) => t.name === type);
  if (chosen === undefined) return { ok: false, problem: `"${type}" is not an opaque type of ${model.library.name}; opaque types: ${names}` };
  return { ok: true, diagram: lifecycleDiagram(model, chosen) };
}
