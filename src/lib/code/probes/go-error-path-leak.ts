// go-error-path-leak: a handle created in a function and left behind by a return that neither frees nor hands it on.
import type { Boundary, GoCall, GoFunction } from '../model.ts';
import type { Finding, Probe } from './probe.ts';
import { cName, goFunctions, isDestroy, rootOf } from './go-helpers.ts';

/** Library functions that hand out a handle: with a header, those returning a pointer to an opaque struct. */
function creators(boundary: Boundary): (name: string) => boolean {
  const header = boundary.header;
  if (header === undefined) return (name) => /(^|_)(new|open|create)$/.test(name);
  const opaque = new Set(header.structs.filter((s) => s.fields === undefined).map((s) => s.name));
  const names = new Set(header.functions.filter((f) => opaque.has(/^(?:const )?(\w+) \*$/.exec(f.returns)?.[1] ?? '')).map((f) => f.name));
  return (name) => names.has(name);
}

/** The text with every `C.name(...)` call removed: passing the handle to the library is not handing it on. */
function withoutCCalls(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const m = /^C\.\w+\(/.exec(text.slice(i));
    if (m === null || /[\w.]/.test(text[i - 1] ?? '')) {
      out += text[i];
      continue;
    }
    let depth = 0;
    let j = i + m[0].length - 1;
    for (; j < text.length; j += 1) {
      if (text[j] === '(') depth += 1;
      else if (text[j] === ')' && --depth === 0) break;
    }
    i = j;
  }
  return out;
}

function leaks(fn: GoFunction, h: string, from: number, boundary: Boundary, isCreator: (name: string) => boolean): { line: number; column: number } | undefined {
  const mentions = new RegExp(`(^|[^\\w.])${h}\\b`);
  const handed = (text: string): boolean => mentions.test(withoutCCalls(text));
  // Once the handle is passed to Go code or stored, that code owns it: stop looking. So does a library call that
  // makes another handle from it (wasm_exporttype_new(name, ty) takes ty): it may take ownership.
  const intoCreator = (c: GoCall): boolean => cName(c) !== undefined && isCreator(cName(c)!) && c.args.some((a) => mentions.test(a));
  const handedOn = Math.min(
    ...fn.calls.filter((c) => c.pos.line > from && ((cName(c) === undefined && c.args.some(handed)) || intoCreator(c))).map((c) => c.pos.line),
    ...fn.assigns.filter((a) => a.pos.line > from && a.target !== h && handed(a.value)).map((a) => a.pos.line),
  );
  for (const r of fn.returns) {
    if (r.pos.line <= from || r.pos.line >= handedOn || mentions.test(r.text)) continue;
    // `if h == nil { return ... }`: there is nothing to free on that path.
    if (r.guards.some((g) => new RegExp(`\\b${h}\\s*==\\s*nil\\b|\\bnil\\s*==\\s*${h}\\b`).test(g))) continue;
    if (fn.returns.some((o) => o.pos.line === r.pos.line && mentions.test(o.text))) continue;
    const freed = fn.calls.some((c) => c.pos.line > from && c.pos.line <= r.pos.line && cName(c) !== undefined && isDestroy(cName(c)!, boundary) && c.args.length > 0 && rootOf(c.args[0]!) === h);
    if (!freed) return { line: r.pos.line, column: r.pos.column };
  }
  return undefined;
}

export const goErrorPathLeak: Probe = {
  meta: {
    id: 'go-error-path-leak',
    title: 'Every return after creating a handle frees it or hands it on',
    severity: 'error',
    reads: 'go',
    answers: 'IL-HDL-001',
    description: 'A function stores a new handle from the library (`h := C.x_new()`) in a local variable, then returns without mentioning it, without passing it to the library\'s free function first and before handing it to any Go code, field or library call that makes another handle from it (which may take ownership, as wasm-c-api\'s `own` parameters do).',
    rationale: 'The handle was never wrapped, so neither Close nor a GC cleanup can reach it: every failure on that path leaks the Rust object for the life of the process. Tests pass; only a leak checker at exit sees it.',
    messages: { leaked: '{name} returns at line {line} without freeing {handle} from C.{creator}: the handle leaks on that path' },
  },
  check(boundary) {
    const isCreator = creators(boundary);
    const out: Finding[] = [];
    for (const fn of goFunctions(boundary)) {
      for (const a of fn.assigns) {
        const m = /^C\.(\w+)\(/.exec(a.value);
        if (m === null || !isCreator(m[1]!) || !/^[A-Za-z_]\w*$/.test(a.target)) continue;
        const at = leaks(fn, a.target, a.pos.line, boundary, isCreator);
        if (at !== undefined) out.push({ probe: 'go-error-path-leak', messageId: 'leaked', data: { subject: fn.name, name: fn.name, line: String(at.line), handle: a.target, creator: m[1]! }, pos: { file: a.pos.file, line: at.line, column: at.column } });
      }
    }
    return out;
  },
};
