// Fields new in format 1.1: a file that uses one must say `interlock: 1.1`, so an `interlock: 1` file keeps
// exactly the meaning it had (a 1.0 reader would have refused these keys as unknown).
type Obj = Record<string, unknown>;

const ROOT = ['defaults', 'allow', 'success-code'] as const;
const PARAM = ['out', 'count', 'sized-by', 'lengths', 'env', 'free-env'] as const;
const FUNCTION = ['exclusive', 'signal-safe'] as const;
const OPAQUE = ['parent', 'error'] as const;
const STRUCT = ['create', 'destroy'] as const;
const FIELD = ['owner'] as const;

const entries = (value: unknown): Array<[string, Obj]> =>
  value !== null && typeof value === 'object' ? (Object.entries(value) as Array<[string, Obj]>) : [];

function present(obj: Obj, keys: readonly string[], path: (string | number)[]): Array<(string | number)[]> {
  return keys.filter((k) => obj[k] !== undefined).map((k) => [...path, k]);
}

/** The path of every 1.1-only field in an already shape-checked contract, in source order. */
export function formatOneOneFields(contract: Obj): Array<(string | number)[]> {
  const found = present(contract, ROOT, []);
  const sources = contract['sources'];
  if (sources !== null && typeof sources === 'object' && (sources as Obj)['only'] !== undefined) found.push(['sources', 'only']);
  for (const [name, t] of entries(contract['types'])) {
    if (t['kind'] === 'opaque') found.push(...present(t, OPAQUE, ['types', name]));
    if (t['kind'] === 'struct') {
      found.push(...present(t, STRUCT, ['types', name]));
      const fields = Array.isArray(t['fields']) ? (t['fields'] as Obj[]) : [];
      fields.forEach((f, i) => found.push(...present(f, FIELD, ['types', name, 'fields', i])));
    }
  }
  for (const [name, fn] of entries(contract['functions'])) {
    found.push(...present(fn, FUNCTION, ['functions', name]));
    for (const [p, param] of entries(fn['params'])) found.push(...present(param, PARAM, ['functions', name, 'params', p]));
  }
  return found;
}
