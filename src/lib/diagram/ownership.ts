// The ownership map: a left-to-right flowchart with the Go heap, the C ABI and the Rust heap side by side.
import type { ContractModel } from '../contract/model.ts';
import type { Diagram } from './diagram.ts';
import { encodeLabel } from './label.ts';
import { ownershipGraph, type EdgeKind, type OwnershipGraph, type Region } from './ownership-graph.ts';

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

/** Mermaid text for a graph. Node IDs are generated (n1, n2, ...); no contract text is ever an ID. */
export function ownershipMermaid(graph: OwnershipGraph): string {
  const ids = new Map(graph.nodes.map((node, index) => [node.key, `n${index + 1}`]));
  const idOf = (key: string): string => {
    const id = ids.get(key);
    if (id === undefined) throw new Error(`ownership graph edge names no node: ${key}`);
    return id;
  };
  const out = ['flowchart LR'];
  for (const { region, title } of REGIONS) {
    const nodes = graph.nodes.filter((node) => node.region === region);
    if (nodes.length === 0) continue;
    out.push(`  subgraph ${region}["${encodeLabel(title)}"]`);
    for (const node of nodes) out.push(`    ${idOf(node.key)}["${encodeLabel(node.label)}"]`);
    out.push('  end');
  }
  // Invisible links between the regions, first among the edges: the ELK layout takes the first region it
  // meets as the start of the flow and turns arrows that point back against it, so Go stays on the left
  // and Rust on the right even though arrows run both ways between them.
  const present = REGIONS.filter(({ region }) => graph.nodes.some((node) => node.region === region)).map((r) => r.region);
  for (let i = 1; i < present.length; i += 1) out.push(`  ${present[i - 1]} ~~~ ${present[i]}`);
  for (const edge of graph.edges) {
    // <br> is the only markup in the output, written here between two encoded lines, never taken from input.
    const label = edge.lines.map(encodeLabel).join('<br>');
    out.push(`  ${idOf(edge.from)} ${ARROWS[edge.kind]}|"${label}"| ${idOf(edge.to)}`);
  }
  return `${out.join('\n')}\n`;
}

/** The text alternative: the regions and their contents, then one sentence per arrow. */
export function describeOwnership(graph: OwnershipGraph): string {
  const parts = [`How memory is owned across the ${graph.library} C ABI.`];
  for (const { region, title } of REGIONS) {
    const labels = graph.nodes.filter((node) => node.region === region).map((node) => node.label);
    if (labels.length > 0) parts.push(`${title}: ${labels.join(', ')}.`);
  }
  parts.push(...graph.edges.map((edge) => edge.sentence));
  return parts.join(' ');
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
