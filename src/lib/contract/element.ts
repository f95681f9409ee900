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


const KIND_WORDS: Readonly<Record<ElementKind, string>> = {
  library: 'library',
  handle: 'handle',
  buffer: 'buffer type',
  string: 'string type',
  struct: 'struct',
  enum: 'enum',
  function: 'function',
  parameter: 'parameter',
  callback: 'callback',
};

/**
 * "handle Image (created by img_decode; destroyed by img_free)", "callback cb of img_watch": one phrasing for
 * every face, each name passed through `name` (Markdown wraps it in code; the wizard shows it as text).
 */
export function elementPhrase(e: BoundaryElement, name: (text: string) => string = (text) => text): string {
  const related = e.related.map(([verb, names]) => `${verb} ${names.map((n) => name(n)).join(', ')}`);
  const of = e.of !== undefined ? ` of ${name(e.of)}` : '';
  return `${KIND_WORDS[e.kind]} ${name(e.name)}${of}${related.length > 0 ? ` (${related.join('; ')})` : ''}`;
}
