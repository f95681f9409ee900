// Canonical JSON: one byte sequence per value (object keys sorted, no whitespace), so a hash over it is
// stable across key order, platforms and the wizard versus the CLI.
import { sha256Hex } from './sha256.ts';

type Canonical = string | number | boolean | null | Canonical[] | { [key: string]: Canonical };

/** Serialises with keys sorted by UTF-16 code unit order at every level; arrays keep their order. */
export function canonicalJson(value: Canonical): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new RangeError('canonical JSON has no representation for a non-finite number');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k] ?? null)}`).join(',')}}`;
}

/** `sha256:<hex>` over the canonical JSON of a value. */
export function canonicalHash(value: Canonical): string {
  return `sha256:${sha256Hex(canonicalJson(value))}`;
}
