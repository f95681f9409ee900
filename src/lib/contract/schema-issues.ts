// Zod issues -> diagnostics with stable codes, readable messages, did-you-mean hints and exact positions.
import type { z } from 'zod';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { SchemaCode } from './codes.ts';
import type { Locator, PathPart } from './locate.ts';
import { closest } from '../diagnostics/did-you-mean.ts';
import { printable } from './names.ts';

type Issue = z.core.$ZodIssue;
type AnySchema = z.core.$ZodType;

/** The keys an object schema accepts at `path` (following the data through records and unions). */
function fieldsAt(root: AnySchema, data: unknown, path: readonly PropertyKey[]): string[] {
  let schema: AnySchema | undefined = root;
  let value: unknown = data;
  for (let i = 0; i <= path.length && schema !== undefined; ) {
    const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
    switch (def.type) {
      case 'optional': case 'nullable': case 'default': case 'readonly': case 'nonoptional':
        schema = def['innerType'] as AnySchema; continue;
      case 'pipe':
        schema = def['in'] as AnySchema; continue;
      case 'union': {
        const options = def['options'] as AnySchema[];
        const discriminator = def['discriminator'] as string | undefined;
        const tag = discriminator !== undefined && typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[discriminator] : undefined;
        schema = options.find((o) => {
          const shape = (o._zod.def as unknown as { shape?: Record<string, AnySchema> }).shape;
          const lit = shape && discriminator ? (shape[discriminator]?._zod.def as unknown as { values?: unknown[] } | undefined)?.values : undefined;
          return lit?.includes(tag) ?? false;
        });
        continue;
      }
      default:
        break;
    }
    if (i === path.length) {
      return def.type === 'object' ? Object.keys(def['shape'] as object) : [];
    }
    const segment = path[i];
    i += 1;
    value = typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[segment as PropertyKey] : undefined;
    if (def.type === 'object') schema = (def['shape'] as Record<string, AnySchema>)[String(segment)];
    else if (def.type === 'record') schema = def['valueType'] as AnySchema;
    else if (def.type === 'array') schema = def['element'] as AnySchema;
    else schema = undefined;
  }
  return [];
}

function dottedPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'the contract';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${printable(String(p))}`)).join('');
}

function typeOfValue(v: unknown): string {
  if (v === null) return 'empty';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a map';
  if (typeof v === 'number') return Number.isNaN(v) ? 'not-a-number (.nan)' : !Number.isFinite(v) ? 'infinity' : Number.isInteger(v) ? 'an integer' : 'a number';
  if (typeof v === 'string') return 'a string';
  if (typeof v === 'boolean') return 'a boolean';
  return typeof v;
}

const EXPECTED_WORDS: Record<string, string> = {
  string: 'a string', number: 'a number', int: 'an integer', boolean: 'true or false', object: 'a map', array: 'a list', record: 'a map',
};

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v = data;
  for (const p of path) v = typeof v === 'object' && v !== null ? (v as Record<PropertyKey, unknown>)[p] : undefined;
  return v;
}

function has(data: unknown, path: readonly PropertyKey[]): boolean {
  const parent = valueAt(data, path.slice(0, -1));
  const last = path[path.length - 1];
  return typeof parent === 'object' && parent !== null && last !== undefined && Object.prototype.hasOwnProperty.call(parent, last);
}

/** Converts at most `max` diagnostics' worth of issues: the rest would only be counted. */
export function issuesToDiagnostics(issues: readonly Issue[], root: AnySchema, data: unknown, locate: Locator, file: string, max = Number.POSITIVE_INFINITY): Diagnostic[] {
  const out: Diagnostic[] = [];
  const push = (code: SchemaCode, path: readonly PropertyKey[], part: PathPart, message: string, hint?: string): void => {
    const { line, column } = locate(path.filter((p): p is string | number => typeof p !== 'symbol'), part);
    const d: Diagnostic = { code, severity: 'error', message, file, line, column };
    if (hint !== undefined) d.hint = hint;
    out.push(d);
  };
  for (const issue of issues) {
    if (out.length > max) break;
    const path = issue.path;
    const where = dottedPath(path);
    switch (issue.code) {
      case 'unrecognized_keys': {
        const allowed = fieldsAt(root, data, path);
        for (const key of issue.keys) {
          if (out.length > max) break;
          const suggestion = closest(key, allowed);
          push('schema-unknown-field', [...path, key], 'key', `unknown field "${printable(key)}" in ${where}`,
            suggestion !== undefined ? `did you mean "${suggestion}"?` : `allowed here: ${allowed.join(', ')}`);
        }
        break;
      }
      case 'invalid_key': {
        const inner = issue.issues[0];
        const key = String(path[path.length - 1] ?? '');
        const custom = inner?.code === 'custom';
        const message = custom ? inner.message : `"${printable(key)}" in ${dottedPath(path.slice(0, -1))} is refused: ${inner?.message ?? 'invalid name'}`;
        push('schema-bad-name', path, 'key', message, 'names are checked against an allow-list and refused, never escaped');
        break;
      }
      case 'invalid_type': {
        if (!has(data, path)) {
          const field = String(path[path.length - 1] ?? '');
          push('schema-missing-field', path.slice(0, -1), path.length > 1 ? 'value' : 'value', `${dottedPath(path.slice(0, -1))} is missing the required field "${printable(field)}"`);
          break;
        }
        const actual = valueAt(data, path);
        const expected = EXPECTED_WORDS[issue.expected] ?? issue.expected;
        let hint: string | undefined;
        if (path[path.length - 1] === 'abi' && typeof actual === 'number') hint = 'quote the version so 3.10 stays 3.10: abi: "3.10"';
        else if (issue.expected === 'string' && (typeof actual === 'number' || typeof actual === 'boolean')) hint = 'quote the value to make it a string';
        else if (issue.expected === 'int' && typeof actual === 'number') hint = Number.isFinite(actual) ? 'use a whole number within the safe integer range' : 'use a finite whole number';
        const message = actual === null ? `${where} is empty; it must be ${expected}` : `${where} must be ${expected}, not ${typeOfValue(actual)}`;
        push('schema-wrong-type', path, 'value', message, hint);
        break;
      }
      case 'invalid_value': {
        const actual = valueAt(data, path);
        const allowed = issue.values.map(String);
        const suggestion = typeof actual === 'string' ? closest(actual, allowed) : undefined;
        const message = allowed.length === 1
          ? `${where} must be ${JSON.stringify(issue.values[0])}`
          : `${where} must be one of ${allowed.join(', ')} (got ${printable(JSON.stringify(actual) ?? String(actual))})`;
        push('schema-bad-value', path, 'value', message, suggestion !== undefined ? `did you mean "${suggestion}"?` : undefined);
        break;
      }
      case 'invalid_union': {
        const z4 = issue as Issue & { note?: string; options?: unknown[]; discriminator?: string };
        if (z4.options !== undefined) {
          const actual = valueAt(data, path);
          const allowed = z4.options.map(String);
          const suggestion = typeof actual === 'string' ? closest(actual, allowed) : undefined;
          const shown = actual === undefined ? 'nothing' : printable(JSON.stringify(actual) ?? String(actual));
          if (actual === undefined) {
            push('schema-missing-field', path.slice(0, -1), 'value', `${dottedPath(path.slice(0, -1))} is missing the required field "${String(path[path.length - 1])}" (one of ${allowed.join(', ')})`);
          } else {
            push('schema-bad-value', path, 'value', `${where} must be one of ${allowed.join(', ')} (got ${shown})`, suggestion !== undefined ? `did you mean "${suggestion}"?` : undefined);
          }
        } else {
          push('schema-invalid', path, 'value', `${where} does not match any allowed form`);
        }
        break;
      }
      case 'too_small': case 'too_big': {
        const big = issue.code === 'too_big';
        const limit = big ? (issue as { maximum: number | bigint }).maximum : (issue as { minimum: number | bigint }).minimum;
        const unit = issue.origin === 'string' ? ' characters' : issue.origin === 'array' || issue.origin === 'set' ? ' items' : '';
        const what = issue.origin === 'string' ? 'be' : issue.origin === 'array' ? 'have' : 'be';
        push('schema-out-of-range', path, 'value', `${where} must ${what} ${big ? 'at most' : 'at least'} ${String(limit)}${unit}`);
        break;
      }
      case 'custom': {
        const isName = (issue.params as { rule?: string } | undefined)?.rule === 'name';
        push(isName ? 'schema-bad-name' : 'schema-invalid', path, 'value', isName ? issue.message : `${where}: ${issue.message}`,
          isName ? 'names are checked against an allow-list and refused, never escaped' : undefined);
        break;
      }
      case 'invalid_format': {
        const nameLike = issue.format === 'regex' && /name|identifier|sentinel|path/i.test(issue.message);
        const actual = valueAt(data, path);
        const shown = typeof actual === 'string' ? ` "${printable(actual)}"` : '';
        push(nameLike ? 'schema-bad-name' : 'schema-invalid', path, 'value', `${where}${shown}: ${issue.message}`);
        break;
      }
      default:
        push('schema-invalid', path, 'value', `${where}: ${issue.message}`);
    }
  }
  return out;
}
