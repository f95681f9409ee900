// ContractModel -> the ownership graph: which region holds each resource and which function creates, lends,
// transfers, copies, releases or calls back through it, named as in the handbook's table of edges
// (content/docs/boundary-contracts/ownership-diagrams.mdx). The Mermaid text and the text alternative are
// both drawn from this one graph, so the picture and its description cannot disagree.
import type { ContractModel, FunctionModel, Lifetime, Owner, ParamModel, TypeModel, ValueModel } from '../contract/model.ts';
import { isBuiltin, typeIndex } from '../contract/rules/helpers.ts';
import { functionGroups, type FunctionGroup } from './function-groups.ts';

export type Region = 'go' | 'abi' | 'rust';

export interface GraphNode {
  key: string;
  region: Region;
  /** Plain text; encoded only when it is written into Mermaid. */
  label: string;
  /** What kind of thing it is, drawn on a second line: "opaque handle", "buffer, secret". */
  detail?: string;
}

/** Solid arrows move ownership, dotted ones lend or copy, thick ones are calls from Rust into Go. */
export type EdgeKind = 'create' | 'release' | 'transfer' | 'borrow' | 'copy' | 'callback';

export interface GraphEdge {
  from: string;
  to: string;
  kind: EdgeKind;
  /** Short lines, read with the function as the subject: "borrows for the call". */
  lines: string[];
  /** The same fact as a sentence for the text alternative. */
  sentence: string;
  /**
   * For a borrow that lasts only the call: the phrase under which the map lists it inside the function's box
   * ("borrows for the call", "fills on success") instead of drawing an arrow.
   */
  inBox?: string;
}

export interface OwnershipGraph {
  library: string;
  nodes: GraphNode[];
  edges: GraphEdge[];
}

const KIND_WORD: Record<Exclude<TypeModel['kind'], 'enum'>, string> = {
  opaque: 'opaque handle',
  buffer: 'buffer',
  string: 'string',
  struct: 'struct',
};

function typeDetail(t: TypeModel): string {
  const parts: string[] = [];
  if (t.kind === 'opaque' && t.owner === 'go') parts.push('Go object, cgo.Handle');
  else if (t.kind !== 'enum') parts.push(KIND_WORD[t.kind]);
  if ('secret' in t && t.secret) parts.push('secret');
  return parts.join(', ');
}

const MEMORY_LABEL: Record<Owner, Record<'bytes' | 'string', string>> = {
  go: { bytes: 'Go byte slices', string: 'Go strings' },
  rust: { bytes: 'Rust bytes', string: 'Rust strings' },
};

/** "until the next call" reads better than naming the function an arrow already points at. */
function lifetimeWords(lifetime: Lifetime | undefined, fn: FunctionModel): string {
  if (lifetime === undefined || lifetime.kind === 'call') return 'for the call';
  if (lifetime.kind === 'static') return 'for the whole process';
  return lifetime.fn === fn.name ? 'until the next call' : `until ${lifetime.fn}`;
}

const THREAD_WORDS: Record<NonNullable<ParamModel['runsOn']>, string> = {
  'go-thread': 'on the Go thread',
  'rust-thread': 'on a Rust thread',
};

const CONTEXT_WORDS: Record<NonNullable<ParamModel['context']>, string> = {
  'cgo-handle': 'via cgo.Handle',
  'go-pointer': 'via a Go pointer',
};

/** Short lines: Mermaid wraps edge labels at 200 pixels, so each fact gets a line of its own. */
function callbackLines(param: ParamModel): string[] {
  const lines = [param.runsOn === undefined ? 'calls back (thread not stated)' : `calls back ${THREAD_WORDS[param.runsOn]}`];
  lines.push(param.context === undefined ? 'context not stated' : CONTEXT_WORDS[param.context]);
  if (param.until !== undefined) lines.push(`until ${param.until}`);
  return lines;
}

function callbackSentence(fn: FunctionModel, param: ParamModel): string {
  const thread = param.runsOn === undefined ? 'on a thread the contract does not name' : THREAD_WORDS[param.runsOn];
  const context = param.context === undefined ? 'with a context the contract does not name' : CONTEXT_WORDS[param.context];
  const until = param.until === undefined ? '' : `, until ${param.until} returns`;
  return `Rust calls ${param.name}, a Go callback passed to ${fn.name}, ${thread} ${context}${until}.`;
}

const WHEN_WRITTEN: Record<NonNullable<ParamModel['out']>, string> = { always: '', 'on-success': ' on success', 'on-failure': ' on failure' };

/**
 * An out-parameter (format 1.1): Rust writes through it. A transferred value is handed to Go; a slot Go lends
 * (a struct Rust fills) is written for the call, and the map lists it in the function's box.
 */
function outEdge(fn: FunctionModel, param: ParamModel, node: GraphNode, what: string, errorTypes: ReadonlySet<string>): GraphEdge {
  const when = WHEN_WRITTEN[param.out!];
  const fnKey = `fn:${fn.name}`;
  if (param.pass === 'transfer') {
    const failure = node.key.startsWith('type:') && errorTypes.has(node.key.slice('type:'.length));
    return { from: fnKey, to: node.key, kind: 'transfer', lines: [`hands to Go${when}`], sentence: `${fn.name} hands ${what} to Go through ${param.name}${when}.`, ...(failure ? { inBox: `hands to Go${when}` } : {}) };
  }
  const line = `fills${when === '' ? ' for the call' : when}`;
  return { from: fnKey, to: node.key, kind: 'borrow', lines: [line], sentence: `${fn.name} fills ${what} through ${param.name}${when === '' ? ' during the call' : when}.`, inBox: line };
}

export function ownershipGraph(model: ContractModel): OwnershipGraph {
  const types = typeIndex(model);
  const errorTypes = new Set(model.types.filter((t) => t.kind === 'opaque' && t.error === true).map((t) => t.name));
  const functionNames = new Set(model.functions.map((f) => f.name));
  const goNodes: GraphNode[] = [];
  const rustNodes: GraphNode[] = [];
  const sideNodes = { go: goNodes, rust: rustNodes };
  const placed = new Map<string, GraphNode>();
  const edges: GraphEdge[] = [];
  const edgeKeys = new Set<string>();

  const place = (key: string, side: Owner, label: string, detail?: string): GraphNode => {
    let node = placed.get(key);
    if (node === undefined) {
      node = { key, region: side, label, ...(detail !== undefined ? { detail } : {}) };
      placed.set(key, node);
      sideNodes[side].push(node);
    }
    return node;
  };
  const addEdge = (edge: GraphEdge): void => {
    const id = `${edge.from}\n${edge.to}\n${edge.kind}\n${edge.lines.join('\n')}`;
    if (edgeKeys.has(id)) return;
    edgeKeys.add(id);
    edges.push(edge);
  };

  // A struct without an owner lives wherever the first value of it says it was allocated.
  const structSide = (name: string): Owner | undefined => {
    for (const fn of model.functions) {
      for (const value of [...fn.params, ...(fn.returns ? [fn.returns] : [])]) {
        if (value.type === name && value.from !== undefined) return value.from;
      }
    }
    return undefined;
  };
  for (const t of model.types) {
    if (t.kind === 'enum') continue;
    const side = t.owner ?? (t.kind === 'struct' ? structSide(t.name) : undefined);
    if (side !== undefined) place(`type:${t.name}`, side, t.name, typeDetail(t));
  }

  /**
   * The node holding the memory behind a value, or undefined for scalars, enums and unknown types. A slice or
   * string without `from` is drawn where a C caller would expect it: from Go when passed in, from Rust
   * when returned. A contract that means otherwise says so with `from`.
   */
  const memoryNode = (value: ValueModel, isParam: boolean): GraphNode | undefined => {
    if (value.type === 'bytes' || value.type === 'string') {
      const side = value.from ?? (isParam ? 'go' : 'rust');
      return place(`mem:${side}:${value.type}`, side, MEMORY_LABEL[side][value.type]);
    }
    if (isBuiltin(value.type)) return undefined;
    return placed.get(`type:${value.type}`);
  };

  // Create and release edges come from the type declarations, so a create function that fills an
  // out-parameter instead of returning the handle is drawn too.
  for (const t of model.types) {
    const node = placed.get(`type:${t.name}`);
    if (node === undefined || !('create' in t)) continue;
    for (const fn of t.create) {
      const creator = model.functions.find((f) => f.name === fn);
      if (creator === undefined) continue;
      // Created through an out-parameter written only on success: the arrow says so.
      const out = creator.params.find((p) => p.type === t.name && p.out !== undefined)?.out;
      const when = out === undefined ? '' : WHEN_WRITTEN[out];
      addEdge({ from: `fn:${fn}`, to: node.key, kind: 'create', lines: [`creates${when}`], sentence: `${fn} creates ${t.name}${when}.` });
    }
    if (t.destroy !== undefined && functionNames.has(t.destroy)) {
      addEdge({ from: node.key, to: `fn:${t.destroy}`, kind: 'release', lines: ['releases'], sentence: `${t.destroy} releases ${t.name}.` });
    }
    if (t.kind === 'buffer' && t.arena !== undefined && functionNames.has(t.arena)) {
      addEdge({ from: node.key, to: `fn:${t.arena}`, kind: 'release', lines: ['releases all (arena)'], sentence: `${t.arena} releases every ${t.name} at once (an arena).` });
    }
  }

  for (const fn of model.functions) {
    const fnKey = `fn:${fn.name}`;
    for (const param of fn.params) {
      if (param.type === 'callback') {
        const cb = place(`cb:${fn.name}:${param.name}`, 'go', param.name, 'Go callback');
        addEdge({ from: fnKey, to: cb.key, kind: 'callback', lines: callbackLines(param), sentence: callbackSentence(fn, param) });
        continue;
      }
      const node = memoryNode(param, true);
      if (node === undefined) continue;
      const declared = types.get(param.type);
      if (param.pass === 'transfer' && declared !== undefined && 'destroy' in declared && declared.destroy === fn.name) continue;
      const what = declared?.name ?? node.label;
      if (param.out !== undefined && param.pass === 'transfer' && declared !== undefined && 'create' in declared && declared.create.includes(fn.name)) continue;
      if (param.out !== undefined) {
        addEdge(outEdge(fn, param, node, what, errorTypes));
        continue;
      }
      switch (param.pass) {
        case 'borrow': {
          const line = `${param.pinned ? 'pinned, ' : ''}borrows ${lifetimeWords(param.lifetime, fn)}`;
          const forCall = !param.pinned && (param.lifetime === undefined || param.lifetime.kind === 'call');
          addEdge({ from: node.key, to: fnKey, kind: 'borrow', lines: [line], sentence: `${fn.name} ${param.pinned ? 'borrows pinned' : 'borrows'} ${what} ${lifetimeWords(param.lifetime, fn)}.`, ...(forCall ? { inBox: line } : {}) });
          break;
        }
        case 'transfer':
          addEdge({ from: node.key, to: fnKey, kind: 'transfer', lines: ['transfers to Rust'], sentence: `${what} transfers to Rust through ${fn.name}.` });
          break;
        case 'copy':
          addEdge({ from: node.key, to: fnKey, kind: 'copy', lines: ['copies'], sentence: `${fn.name} copies ${what}.` });
          break;
        case undefined:
          addEdge({ from: node.key, to: fnKey, kind: 'borrow', lines: ['receives (pass not stated)'], sentence: `${fn.name} receives ${what}; the contract does not say how.` });
          break;
      }
    }
    const ret = fn.returns;
    if (ret === undefined) continue;
    const node = memoryNode(ret, false);
    if (node === undefined) continue;
    const declared = types.get(ret.type);
    if (declared !== undefined && 'create' in declared && declared.create.includes(fn.name)) continue;
    const what = declared?.name ?? node.label;
    switch (ret.pass) {
      case 'borrow':
        addEdge({ from: fnKey, to: node.key, kind: 'borrow', lines: [`lends ${lifetimeWords(ret.lifetime, fn)}`], sentence: `${fn.name} lends ${what} to Go ${lifetimeWords(ret.lifetime, fn)}.` });
        break;
      case 'transfer': {
        // Error objects come back from most calls: named in the box, drawn only where they are created and freed.
        const failure = declared !== undefined && declared.kind === 'opaque' && declared.error === true;
        addEdge({ from: fnKey, to: node.key, kind: 'transfer', lines: ['transfers to Go'], sentence: `${fn.name} transfers ${what} to Go.`, ...(failure ? { inBox: 'transfers to Go' } : {}) });
        break;
      }
      case 'copy':
        addEdge({ from: fnKey, to: node.key, kind: 'copy', lines: ['returns a copy'], sentence: `${fn.name} returns a copy of ${what}.` });
        break;
      case undefined:
        addEdge({ from: fnKey, to: node.key, kind: 'transfer', lines: ['returns (pass not stated)'], sentence: `${fn.name} returns ${what}; the contract does not say who owns it.` });
        break;
    }
  }

  // Functions in the C ABI column sit with the type they are about, so each type's calls read together.
  const grouped = functionGroups(model).flatMap((g) => g.functions);
  const abiNodes = grouped.map((name): GraphNode => ({ key: `fn:${name}`, region: 'abi', label: name }));
  return { library: model.library.name, nodes: [...goNodes, ...abiNodes, ...rustNodes], edges };
}


/** The part of the map about one group of functions: their nodes and edges, and the group's own type. */
export function graphPart(graph: OwnershipGraph, group: FunctionGroup): OwnershipGraph {
  const fns = new Set(group.functions.map((name) => `fn:${name}`));
  const edges = graph.edges.filter((e) => fns.has(e.from) || fns.has(e.to));
  const touched = new Set([...edges.flatMap((e) => [e.from, e.to]), ...(group.type !== undefined ? [`type:${group.type}`] : [])]);
  const nodes = graph.nodes.filter((n) => (n.region === 'abi' ? fns.has(n.key) : touched.has(n.key)));
  return { library: graph.library, nodes, edges };
}
