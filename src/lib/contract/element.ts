// A named element of a team's contract (a type, function or parameter) with its related functions: what a
// checklist names when it says why a check is on the list. Tiny on purpose: the wizard bundles it.

/** What kind of contract element put a check on the list. */
export type ElementKind = 'library' | 'handle' | 'buffer' | 'string' | 'struct' | 'enum' | 'function' | 'parameter' | 'callback';

/** One named thing in the team's contract, with the functions related to it ("created by", "destroyed by"). */
export interface BoundaryElement {
  kind: ElementKind;
  /** As the contract spells it: a type, function or parameter name. */
  name: string;
  /** Parameters and callbacks: the function they belong to. */
  of?: string;
  /** Related functions, in contract order, e.g. [['created by', ['img_decode']], ['destroyed by', ['img_free']]]. */
  related: Array<[string, string[]]>;
}

/** Equal kind, name and relations: one element, listed once. */
export function sameElement(a: BoundaryElement, b: BoundaryElement): boolean {
  return a.kind === b.kind && a.name === b.name && a.of === b.of && JSON.stringify(a.related) === JSON.stringify(b.related);
}

