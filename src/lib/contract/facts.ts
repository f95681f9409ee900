// Contract -> facts: the fact IDs (playbooks/facts.yaml) a contract implies, so a contract and the wizard's
// questionnaire feed the same checklist engine; each fact keeps the contract elements that established it,
// so a checklist can name the team's own types and functions next to every check.
import type { ContractModel, FunctionModel, TypeModel } from './model.ts';
import { sameElement, type BoundaryElement, type ElementKind } from './element.ts';
import { holdsGoMemory, typeIndex, valueSites } from './rules/helpers.ts';

/** Every fact a contract can imply, with the reason shown next to it in reports. */
export const CONTRACT_FACTS = {
  'abi.versioned': 'library.abi declares the ABI version Go checks at start-up',
  'handle.opaque': 'an opaque type crosses the boundary',
  'handle.shared-across-goroutines': 'an opaque handle declares threads: shared',
  'buffer.go-borrowed': 'Go memory is lent to Rust for one call',
  'buffer.go-retained': 'Rust keeps Go memory past the call (lifetime until:, pinned)',
  'buffer.rust-owned': 'Rust-allocated memory is transferred to Go',
  'buffer.arena': 'a buffer type is released in bulk by an arena function',
  'string.crossing': 'a string crosses the boundary',
  'callback.go-from-rust': 'a callback parameter lets Rust call into Go',
  'callback.foreign-thread': 'a callback runs on a Rust-created thread',
  'error.out-param': 'a function reports errors through an out-parameter',
  'error.return-code': 'a function returns an integer status code',
  'error.last-error': 'a function reports errors through thread-local last-error state',
  'panic.catch': 'a function catches panics at the boundary',
  'panic.abort': 'a function aborts the process on panic',
  'struct.by-value': 'a repr(C) struct crosses the boundary',
  'enum.integer': 'an integer enum crosses the boundary',
  'call.blocking': 'a function is declared blocking',
  'call.cancellable': 'a function can be cancelled from Go',
  'teardown.ordered': 'a handle is created from another handle, so they must be released in reverse order',
  'secret.zeroize': 'a type holds secrets that must be wiped before release',
} as const;

type ContractFact = keyof typeof CONTRACT_FACTS;

/** Fact -> the elements that establish it, in contract order, each element once per fact. */
type FactSources = Map<ContractFact, BoundaryElement[]>;

const TYPE_ELEMENT: Record<TypeModel['kind'], ElementKind> = { opaque: 'handle', buffer: 'buffer', string: 'string', struct: 'struct', enum: 'enum' };

function typeElement(t: TypeModel): BoundaryElement {
  const related: Array<[string, string[]]> = [];
  if ('create' in t && t.create.length > 0) related.push(['created by', [...t.create]]);
  if ('destroy' in t && t.destroy !== undefined) related.push(['destroyed by', [t.destroy]]);
  if (t.kind === 'buffer' && t.arena !== undefined) related.push(['released in bulk by', [t.arena]]);
  return { kind: TYPE_ELEMENT[t.kind], name: t.name, related };
}

const fnElement = (fn: FunctionModel): BoundaryElement => ({ kind: 'function', name: fn.name, related: [] });

/** The facts a contract implies, each with the elements that establish it. */
export function contractFactSources(model: ContractModel): FactSources {
  const sources: FactSources = new Map();
  const add = (fact: ContractFact, element: BoundaryElement): void => {
    const list = sources.get(fact) ?? [];
    if (!list.some((e) => sameElement(e, element))) list.push(element);
    sources.set(fact, list);
  };
  add('abi.versioned', { kind: 'library', name: model.library.name, related: [['ABI', [model.library.abi.text]]] });
  addTypeFacts(model, add);
  addValueFacts(model, add);
  addFunctionFacts(model, add);
  return sources;
}

type Add = (fact: ContractFact, element: BoundaryElement) => void;

function addTypeFacts(model: ContractModel, add: Add): void {
  const types = typeIndex(model);
  for (const t of model.types) {
    const element = typeElement(t);
    if (t.kind === 'opaque') {
      add('handle.opaque', element);
      if (t.threads === 'shared') add('handle.shared-across-goroutines', element);
      // A declared parent (format 1.1) says it outright, including a child that may outlive it; otherwise a
      // handle whose create function borrows another handle depends on it: release in reverse order.
      const parents = t.parent !== undefined
        ? (t.parent.mayOutlive ? [] : [t.parent.type])
        : t.create.flatMap((name) => model.functions.find((f) => f.name === name)?.params ?? []).filter((p) => {
          const other = types.get(p.type);
          return p.type !== t.name && other?.kind === 'opaque' && other.owner === 'rust';
        }).map((p) => p.type);
      if (parents.length > 0) add('teardown.ordered', { ...element, related: [...element.related, ['made from', [...new Set(parents)]]] });
    }
    if (t.kind === 'struct') add('struct.by-value', element);
    if (t.kind === 'enum') add('enum.integer', element);
    if (t.kind === 'string') add('string.crossing', element);
    if (t.kind === 'buffer' && t.arena !== undefined) add('buffer.arena', element);
    if ('secret' in t && t.secret) add('secret.zeroize', element);
  }
}

function addValueFacts(model: ContractModel, add: Add): void {
  const types = typeIndex(model);
  for (const site of valueSites(model)) {
    const { value, fn } = site;
    const element: BoundaryElement = site.param !== undefined
      ? { kind: value.type === 'callback' ? 'callback' : 'parameter', name: site.param.name, of: fn.name, related: [] }
      : { kind: 'function', name: fn.name, related: [] };
    if (value.type === 'string') add('string.crossing', element);
    if (value.type === 'callback') {
      add('callback.go-from-rust', element);
      if (site.param?.runsOn === 'rust-thread') add('callback.foreign-thread', element);
    }
    if (holdsGoMemory(value, types) && value.pass === 'borrow') {
      add(value.lifetime === undefined || value.lifetime.kind === 'call' ? 'buffer.go-borrowed' : 'buffer.go-retained', element);
    }
    if (value.pinned) add('buffer.go-retained', element);
    const t = types.get(value.type);
    const rustMemory = value.type === 'bytes' || value.type === 'string' || (t !== undefined && (t.kind === 'buffer' || t.kind === 'string'));
    if (rustMemory && value.pass === 'transfer' && (value.from ?? (t !== undefined && 'owner' in t ? t.owner : undefined)) === 'rust') {
      add('buffer.rust-owned', t !== undefined ? typeElement(t) : element);
    }
  }
}

function addFunctionFacts(model: ContractModel, add: Add): void {
  for (const fn of model.functions) {
    const element = fnElement(fn);
    // An error object reaches Go through the call's own parameters or result, like an out-parameter.
    if (fn.errors === 'out-param' || fn.errors === 'object') add('error.out-param', element);
    // A success code other than 0 is what the wrapper must compare with: the checklist names it.
    const success: Array<[string, string[]]> = model.successCode === 0 ? [] : [['succeeds with', [String(model.successCode)]]];
    if (fn.errors === 'return-code') add('error.return-code', { ...element, related: success });
    if (fn.errors === 'last-error') add('error.last-error', element);
    if (fn.panics === 'catch') add('panic.catch', element);
    if (fn.panics === 'abort') add('panic.abort', element);
    if (fn.blocking) add('call.blocking', element);
    if (fn.cancellable !== undefined) add('call.cancellable', { ...element, related: [['cancelled through', [fn.cancellable.via]]] });
  }
}

/** The facts a contract implies, sorted by ID. */
export function contractFacts(model: ContractModel): ContractFact[] {
  return [...contractFactSources(model).keys()].sort();
}
