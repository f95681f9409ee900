// What a generated diagram is: Mermaid source plus the accessible name and text alternative that go with it.
import type { ContractModel, OpaqueTypeModel } from '../contract/model.ts';

export const DIAGRAM_KINDS = ['ownership', 'lifecycle'] as const;
export type DiagramKind = (typeof DIAGRAM_KINDS)[number];

export interface Diagram {
  kind: DiagramKind;
  /** The opaque type a lifecycle diagram follows; absent for the ownership map. */
  type?: string;
  /** One part of a split ownership map: the type its functions are about, or "other functions". */
  part?: string;
  /** The accessible name, like "Ownership map of imgcodec". */
  title: string;
  /** The text alternative: every box and arrow of the picture as plain sentences. */
  description: string;
  /** Mermaid source; every piece of contract text in it went through encodeLabel. */
  mermaid: string;
}

/** The opaque handle types of a contract, in source order: each gets a lifecycle diagram. */
export function opaqueTypes(model: ContractModel): OpaqueTypeModel[] {
  return model.types.filter((t): t is OpaqueTypeModel => t.kind === 'opaque');
}
