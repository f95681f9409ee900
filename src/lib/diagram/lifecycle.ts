// The lifecycle of one opaque handle as a sequence diagram: Go, the C ABI and Rust, from create through
// every use and callback to the call that frees it, and who does the freeing.
import type { ContractModel, FunctionModel, Lifetime, OpaqueTypeModel, ParamModel, TypeModel, ValueModel } from '../contract/model.ts';
import { typeIndex } from '../contract/rules/helpers.ts';
import type { Diagram } from './diagram.ts';
import { encodeLabel } from './label.ts';

type Actor = 'G' | 'C' | 'R';

/** One line of the diagram and the sentence a screen reader gets for it. */
interface Step {
  line: string;
  sentence?: string;
}

const THREADS: Record<NonNullable<OpaqueTypeModel['threads']>, string> = {
  shared: 'several goroutines may use it at once',
  send: 'one goroutine at a time may use it',
  single: 'it stays on the OS thread that created it',
};

const SYNC: Record<NonNullable<OpaqueTypeModel['sync']>, string> = {
  'mutex-inside': 'Rust locks inside each call',
  wrapper: 'the Go wrapper holds a mutex',
  'rust-sync': 'the Rust type is Sync: calls may overlap',
};

function message(from: Actor, arrow: '->>' | '-->>' | '-)', to: Actor, text: string, sentence?: string): Step {
  const step: Step = { line: `  ${from}${arrow}${to}: ${encodeLabel(text)}` };
  if (sentence !== undefined) step.sentence = sentence;
  return step;
}

function note(over: string, lines: string[], sentence?: string): Step {
  const step: Step = { line: `  Note over ${over}: ${lines.map(encodeLabel).join('<br>')}` };
  if (sentence !== undefined) step.sentence = sentence;
  return step;
}

function lifetimeWords(lifetime: Lifetime | undefined, fn: FunctionModel): string {
  if (lifetime === undefined || lifetime.kind === 'call') return 'for the call';
  if (lifetime.kind === 'static') return 'for the whole process';
  return lifetime.fn === fn.name ? 'until the next call' : `until ${lifetime.fn}`;
}

/** What a function does with the handle passed as one of its parameters. */
function useWords(param: ParamModel, typeName: string, fn: FunctionModel): string {
  if (param.pass === 'borrow') return `borrows ${typeName} ${lifetimeWords(param.lifetime, fn)}`;
  if (param.pass === 'transfer') return `takes ownership of ${typeName}`;
  if (param.pass === 'copy') return `copies ${typeName}`;
  return `receives ${typeName}`;
}

/** Memory behind a returned value that Go has to know about; undefined for scalars and enums. */
function returnWords(value: ValueModel, types: ReadonlyMap<string, TypeModel>, fn: FunctionModel): string | undefined {
  const declared = types.get(value.type);
  let what: string;
  if (value.type === 'bytes' || value.type === 'string') what = `${value.from === 'go' ? 'Go' : 'Rust'} ${value.type}`;
  else if (declared !== undefined && declared.kind !== 'enum') what = declared.name;
  else return undefined;
  if (value.pass === 'borrow') return `lends ${what} ${lifetimeWords(value.lifetime, fn)}`;
  if (value.pass === 'copy') return `returns a copy of ${what}`;
  // A transfer, or a return that does not say: Go holds it and needs to know how it ends.
  if (declared !== undefined && 'destroy' in declared && declared.destroy !== undefined) return `returns ${what}, Go frees it with ${declared.destroy}`;
  if (declared !== undefined && declared.kind === 'buffer' && declared.arena !== undefined) return `returns ${what}, freed with the arena ${declared.arena}`;
  return `returns ${what}, Go owns it`;
}

const THREAD_WORDS: Record<NonNullable<ParamModel['runsOn']>, string> = { 'go-thread': 'on the Go thread', 'rust-thread': 'on a Rust thread' };
const CONTEXT_WORDS: Record<NonNullable<ParamModel['context']>, string> = { 'cgo-handle': 'via cgo.Handle', 'go-pointer': 'via a Go pointer' };

function callbackStep(param: ParamModel, fn: FunctionModel): Step {
  const thread = param.runsOn === undefined ? 'on a thread not stated' : THREAD_WORDS[param.runsOn];
  const context = param.context === undefined ? 'context not stated' : CONTEXT_WORDS[param.context];
  return message('R', '-)', 'G', `calls ${param.name} ${thread} ${context}`, `Rust calls the Go callback ${param.name}, passed to ${fn.name}, ${thread} ${context}.`);
}

/** Synchronous callbacks run inside the call; ones on Rust threads run any time after it. */
const duringCall = (param: ParamModel): boolean => param.runsOn === 'go-thread';

function callbacksOf(fn: FunctionModel): ParamModel[] {
  return fn.params.filter((p) => p.type === 'callback');
}

/** Steps for one call: Go calls, callbacks that run during it, the return, then callbacks that run later. */
function callSteps(fn: FunctionModel, text: string, sentence: string, middle: Step[], types: ReadonlyMap<string, TypeModel>, returnTo: string | undefined): Step[] {
  const steps: Step[] = [message('G', '->>', 'C', text, sentence), ...middle];
  const callbacks = callbacksOf(fn);
  steps.push(...callbacks.filter(duringCall).map((p) => callbackStep(p, fn)));
  const returned = returnTo ?? (fn.returns === undefined ? undefined : returnWords(fn.returns, types, fn));
  if (returned !== undefined) steps.push(message('C', '-->>', 'G', returned, `${fn.name} ${returned}.`));
  steps.push(...callbacks.filter((p) => !duringCall(p)).map((p) => callbackStep(p, fn)));
  return steps;
}

export function lifecycleDiagram(model: ContractModel, type: OpaqueTypeModel): Diagram {
  const types = typeIndex(model);
  const functions = new Map(model.functions.map((f) => [f.name, f]));
  const name = type.name;
  const rustOwned = type.owner === 'rust';
  const steps: Step[] = [];

  const headline = rustOwned ? `${name} lives in the Rust heap, Go holds only a handle` : `${name} is a Go object, Rust sees only its cgo.Handle`;
  const threading = type.threads === undefined ? undefined : `${THREADS[type.threads]}${type.sync === undefined ? '' : `, ${SYNC[type.sync]}`}`;
  steps.push(note('G,R', threading === undefined ? [headline] : [headline, threading], `${headline}${threading === undefined ? '' : `; ${threading}`}.`));
  // A child handle (format 1.1): its parent is said first, and its order with the parent's release last.
  const parent = type.parent;
  const parentType = parent === undefined ? undefined : types.get(parent.type);
  const parentDestroy = parentType !== undefined && 'destroy' in parentType ? parentType.destroy : undefined;
  if (parent !== undefined) {
    const tie = type.destroy === undefined ? `${parent.type} owns it and frees it` : parent.mayOutlive ? `it may outlive ${parent.type}` : `free it before ${parent.type}`;
    steps.push(note('G,R', [`made from a ${parent.type}`, tie], `${name} is made from a ${parent.type}; ${tie}.`));
  }

  // Create.
  const creators = type.create.map((f) => functions.get(f)).filter((f): f is FunctionModel => f !== undefined);
  if (creators.length === 0 && !rustOwned) {
    steps.push(note('G', [`Go creates ${name} and a cgo.Handle for it`], `Go creates ${name} and a cgo.Handle for it.`));
  } else if (creators.length === 0) {
    steps.push(note('R', [`no function creates ${name}`], `The contract names no function that creates ${name}.`));
  }
  creators.forEach((fn, index) => {
    if (creators.length > 1) steps.push({ line: `  ${index === 0 ? 'alt' : 'else'} ${encodeLabel(`created by ${fn.name}`)}` });
    const allocate = rustOwned ? message('C', '->>', 'R', `allocates ${name}`, `Rust allocates ${name}.`) : message('C', '->>', 'G', `Go allocates ${name}`, `Go allocates ${name}.`);
    const handBack = fn.returns?.type === name ? `returns the ${name} handle, Go must free it` : undefined;
    steps.push(...callSteps(fn, fn.name, `Go calls ${fn.name}.`, [allocate], types, handBack));
  });
  if (creators.length > 1) steps.push({ line: '  end' });

  // Uses, in source order: every other function that takes the handle.
  const ends = new Map<string, string[]>();
  const addEnd = (fn: string, what: string): void => {
    if (fn === type.destroy) return;
    ends.set(fn, [...(ends.get(fn) ?? []), what]);
  };
  for (const fn of model.functions) {
    if (type.create.includes(fn.name) || fn.name === type.destroy) continue;
    const params = fn.params.filter((p) => p.type === name);
    if (params.length === 0) continue;
    const words = [...new Set(params.map((p) => useWords(p, name, fn)))];
    for (const p of params) if (p.pass === 'borrow' && p.lifetime?.kind === 'until' && p.lifetime.fn !== fn.name) addEnd(p.lifetime.fn, `the borrow by ${fn.name}`);
    steps.push(...callSteps(fn, `${fn.name} ${words.join(', ')}`, `${fn.name} ${words.join(' and ')}.`, [], types, undefined));
  }
  // Callbacks registered while creating or using the handle end at a named call.
  const related = model.functions.filter((f) => type.create.includes(f.name) || f.params.some((p) => p.type === name));
  const handles: Array<{ param: ParamModel; until: string }> = [];
  for (const fn of related) {
    for (const p of callbacksOf(fn)) {
      if (p.until === undefined) continue;
      addEnd(p.until, `the ${p.name} callback`);
      if (p.context === 'cgo-handle') handles.push({ param: p, until: p.until });
    }
  }
  const handleNotes = (fnName: string): Step[] =>
    handles.filter((h) => h.until === fnName).map((h) => note('G', [`Go deletes the cgo.Handle of ${h.param.name}`], `After ${fnName} returns, Go deletes the cgo.Handle of ${h.param.name}.`));
  for (const [fnName, what] of ends) {
    if (!functions.has(fnName)) continue;
    steps.push(message('G', '->>', 'C', `${fnName} ends ${what.join(' and ')}`, `${fnName} ends ${what.join(' and ')}.`));
    steps.push(...handleNotes(fnName));
  }

  // Destroy, and who frees.
  const destroy = type.destroy === undefined ? undefined : functions.get(type.destroy);
  if (destroy !== undefined) {
    steps.push(message('G', '->>', 'C', `${destroy.name} frees ${name}`, `Go calls ${destroy.name} to free ${name}.`));
    if (rustOwned) steps.push(message('C', '->>', 'R', type.secret ? `wipes and drops ${name}` : `drops ${name}`, `Rust ${type.secret ? 'wipes and drops' : 'drops'} ${name}.`));
    steps.push(...handleNotes(destroy.name));
  }
  if (rustOwned && destroy !== undefined) {
    steps.push(note('R', [`Rust frees ${name}`, 'Go must not use the handle again'], `Rust frees ${name}; Go must not use the handle again.`));
    if (parent !== undefined && !parent.mayOutlive && parentDestroy !== undefined) {
      steps.push(note('G', [`only now may Go call ${parentDestroy}`], `Only after that may Go call ${parentDestroy} on the ${parent.type}.`));
    }
  } else if (rustOwned && parent !== undefined) {
    const end = parentDestroy === undefined ? `the ${parent.type} is freed` : `${parentDestroy} frees the ${parent.type}`;
    steps.push(note('R', [`freed when ${end}`, 'Go must not use it after that'], `${name} is freed when ${end}; Go must not use it after that.`));
  } else if (rustOwned) {
    steps.push(note('R', [`no function frees ${name}, so it leaks`], `No function frees ${name}, so it leaks.`));
  } else {
    steps.push(note('G', [`Go deletes the cgo.Handle`, `then the collector frees ${name}`], `Go deletes the cgo.Handle, then the collector frees ${name}.`));
  }

  const mermaid = ['sequenceDiagram', '  participant G as Go', '  participant C as C ABI', '  participant R as Rust', ...steps.map((s) => s.line)];
  const sentences = steps.flatMap((s) => (s.sentence === undefined ? [] : [s.sentence]));
  return {
    kind: 'lifecycle',
    type: name,
    title: `Lifecycle of ${name} in ${model.library.name}`,
    description: `Sequence between Go, the C ABI and Rust. ${sentences.join(' ')}`,
    mermaid: `${mermaid.join('\n')}\n`,
  };
}

