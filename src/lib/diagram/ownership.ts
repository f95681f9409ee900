// The ownership map: a left-to-right flowchart with the Go heap, the C ABI and the Rust heap side by side.
import type { ContractModel } from '../contract/model.ts';
import type { Diagram } from './diagram.ts';
import { encodeLabel } from './label.ts';
import { functionGroups } from './function-groups.ts';
import { graphPart, ownershipGraph, type EdgeKind, type GraphEdge, type GraphNode, type OwnershipGraph, type Region } from './ownership-graph.ts';

const REGIONS: ReadonlyArray<{ region: Region; title: string }> = [
  { region: 'go', title: 'Go side (Go heap)' },
  { region: 'abi', title: 'C ABI' },
  { region: 'rust', title: 'Rust side (Rust heap)' },
];

/** Solid: ownership moves. Dotted: lent or copied, ownership stays. Thick: Rust calls into Go. */
const ARROWS: Record<EdgeKind, string> = {
  create: '-->',
  release: '-->',
  transfer: '-->',
  borrow: '-.->',
  copy: '-.->',
  callback: '==>',
};

/** A call-long borrow is said inside the function's box, not drawn: most arrows of a real map are these. */
function isCallBorrow(edge: GraphEdge): boolean {
  return edge.inBox !== undefined;
}

/** What a node is called inside a box: the type's own name, or the memory's label ("Go byte slices"). */
function shortName(node: GraphNode): string {
  return node.label;
}

/** Characters per label line: about 200 px of the 16 px diagram font, so three columns fit 960 px. */
const WRAP = 24;

/** "phrase: a, b, c" in lines of at most WRAP characters; a name ("Go byte slices") is never split. */
function phraseLines(phrase: string, names: readonly string[]): string[] {
  const words = `${phrase}:`.split(' ');
  const tokens = [...words, ...names.map((name, i) => (i < names.length - 1 ? `${name},` : name))];
  const lines: string[] = [];
  for (const token of tokens) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + token.length <= WRAP) lines[lines.length - 1] = `${last} ${token}`;
    else lines.push(token);
  }
  return lines;
}

/**
 * Mermaid text for a graph. Node IDs are generated (n1, n2, ...); no contract text is ever an ID.
 *
 * What each function does is written in its own box ("creates: Txn", "borrows for the call: Txn, Go byte
 * slices"), so the arrows carry no labels: a label sits between two columns and widens the gap by its own
 * width, which is what made maps of real contracts wider than the page. An arrow's style still says what moves
 * (solid: ownership, dotted: a loan or copy, thick: a call back into Go). Call-long borrows get no arrow at all;
 * a node only they mention is not drawn, except `keep` (the type a part of a split map is about).
 */
export function ownershipMermaid(whole: OwnershipGraph, keep?: string): string {
  const arrowEnds = new Set(whole.edges.filter((e) => !isCallBorrow(e)).flatMap((e) => [e.from, e.to]));
  const graph = { ...whole, nodes: whole.nodes.filter((n) => n.region === 'abi' || n.key === keep || arrowEnds.has(n.key)) };
  const ids = new Map(graph.nodes.map((node, index) => [node.key, `n${index + 1}`]));
  const idOf = (key: string): string => {
    const id = ids.get(key);
    if (id === undefined) throw new Error(`ownership graph edge names no node: ${key}`);
    return id;
  };
  const byKey = new Map(whole.nodes.map((node) => [node.key, node]));
  // Per function box, per phrase ("creates", "borrows for the call"), the things it names, in edge order.
  const boxLines = new Map<string, Map<string, string[]>>();
  for (const edge of graph.edges) {
    const fn = edge.from.startsWith('fn:') ? edge.from : edge.to;
    const other = byKey.get(fn === edge.from ? edge.to : edge.from);
    if (other === undefined) continue;
    const phrase = edge.lines.join(', ');
    const phrases = boxLines.get(fn) ?? new Map<string, string[]>();
    phrases.set(phrase, [...(phrases.get(phrase) ?? []), shortName(other)]);
    boxLines.set(fn, phrases);
  }
  // <br> is the only markup in the output, written here between encoded lines, never taken from input.
  const labelOf = (node: GraphNode): string => {
    const lines = node.detail === undefined ? [node.label] : [node.label, `(${node.detail})`];
    for (const [phrase, names] of boxLines.get(node.key) ?? []) lines.push(...phraseLines(phrase, names));
    return lines.map(encodeLabel).join('<br>');
  };
  const out = ['flowchart LR'];
  for (const { region, title } of REGIONS) {
    const nodes = graph.nodes.filter((node) => node.region === region);
    if (nodes.length === 0) continue;
    out.push(`  subgraph ${region}["${encodeLabel(title)}"]`);
    for (const node of nodes) out.push(`    ${idOf(node.key)}["${labelOf(node)}"]`);
    out.push('  end');
  }
  // Invisible links between the regions, first among the edges: the ELK layout takes the first region it
  // meets as the start of the flow and turns arrows that point back against it, so Go stays on the left
  // and Rust on the right even though arrows run both ways between them.
  const present = REGIONS.filter(({ region }) => graph.nodes.some((node) => node.region === region)).map((r) => r.region);
  for (let i = 1; i < present.length; i += 1) out.push(`  ${present[i - 1]} ~~~ ${present[i]}`);
  const drawn = new Set<string>();
  for (const edge of graph.edges) {
    if (isCallBorrow(edge)) continue;
    const line = `  ${idOf(edge.from)} ${ARROWS[edge.kind]} ${idOf(edge.to)}`;
    if (drawn.has(line)) continue; // two facts between the same boxes are both in the box, one arrow
    drawn.add(line);
    out.push(line);
  }
  return `${out.join('\n')}\n`;
}

/** The text alternative: the regions and their contents, then one sentence per arrow. */
function describeOwnership(graph: OwnershipGraph): string {
  const parts = [`How memory is owned across the ${graph.library} C ABI.`];
  for (const { region, title } of REGIONS) {
    const labels = graph.nodes.filter((node) => node.region === region).map((node) => (node.detail === undefined ? node.label : `${node.label} (${node.detail})`));
    if (labels.length > 0) parts.push(`${title}: ${labels.join(', ')}.`);
  }
  parts.push(...graph.edges.map((edge) => edge.sentence));
  return parts.join(' ');
}

/** Above this many functions a map no longer fits the page legibly: the site shows one map per type instead. */
const SPLIT_ABOVE = 10;

/**
 * The maps a page shows: the whole contract in one, or, for a large contract, one per group of functions (the
 * type they are about, in declaration order; the library's own functions last), each with its own title.
 */
export function ownershipMaps(model: ContractModel): Diagram[] {
  if (model.functions.length <= SPLIT_ABOVE) return [ownershipDiagram(model)];
  const graph = ownershipGraph(model);
  return functionGroups(model).map((group): Diagram => {
    const part = graphPart(graph, group);
    const name = group.type ?? 'other functions';
    return {
      kind: 'ownership',
      part: name,
      title: `Ownership map of ${model.library.name}: ${name}`,
      description: describeOwnership(part),
      mermaid: ownershipMermaid(part, group.type === undefined ? undefined : `type:${group.type}`),
    };
  });
}

export function ownershipDiagram(model: ContractModel): Diagram {
  const graph = ownershipGraph(model);
  return {
    kind: 'ownership',
    title: `Ownership map of ${model.library.name}`,
    description: describeOwnership(graph),
    mermaid: ownershipMermaid(graph),
  };
}
