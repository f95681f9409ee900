// Shared reading of the Go model for the Go probes: production functions, C calls, destroy functions.
import type { Boundary, GoCall, GoFunction } from '../model.ts';

/** Functions of the non-test files: tests may break the rules on purpose to prove a detector fires. */
export function goFunctions(boundary: Boundary): GoFunction[] {
  return boundary.go.filter((f) => !f.isTest).flatMap((f) => f.functions);
}

export function cName(call: GoCall): string | undefined {
  return /^C\.([A-Za-z_]\w*)$/.exec(call.callee)?.[1];
}

const DESTROY_WORDS = /(^|_)(free|destroy|close|release|delete|drop|dispose)$/;

/**
 * Whether `name` is a function that frees a handle: by the header, one whose name ends in a destroy word
 * and whose first parameter is a pointer or a struct by value; without a header, by the name alone.
 */
export function isDestroy(name: string, boundary: Boundary): boolean {
  if (!DESTROY_WORDS.test(name)) return false;
  const header = boundary.header;
  if (header === undefined) return true;
  const fn = header.functions.find((f) => f.name === name);
  return fn !== undefined && fn.params.length >= 1;
}

/** The expression a call argument refers to, with `unsafe.Pointer(...)` and C-type conversions peeled off. */
export function rootOf(arg: string): string {
  let a = arg.trim();
  for (;;) {
    const m = /^(?:unsafe\.Pointer|unsafe\.SliceData|unsafe\.StringData|\(\*?C\.\w+\)|C\.\w+|\*C\.\w+)\((.*)\)$/.exec(a);
    if (m === null) return a.replace(/^&/, '');
    a = m[1]!.trim();
  }
}

/** The receiver-relative field of a selector like `m.h` ("h"), or undefined for a plain variable. */
export function fieldOf(expr: string): string | undefined {
  return /^[A-Za-z_]\w*\.([A-Za-z_][\w.]*)$/.exec(expr)?.[1];
}

/** Every expression text a function hands somewhere: call arguments, assigned values, returned values. */
export function expressions(fn: GoFunction): { text: string; line: number; column: number }[] {
  return [
    ...fn.calls.flatMap((c) => c.args.map((text) => ({ text, line: c.pos.line, column: c.pos.column }))),
    ...fn.assigns.map((a) => ({ text: a.value, line: a.pos.line, column: a.pos.column })),
    ...fn.returns.map((r) => ({ text: r.text, line: r.pos.line, column: r.pos.column })),
  ];
}
