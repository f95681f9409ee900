// Build conditions: Rust `#[cfg(...)]` over cargo features and Go `//go:build` over tags, for one variant.

/** Which broken variant is read: the cargo features and Go build tags that are on. */
export interface Variant {
  rustFeatures: readonly string[];
  goTags: readonly string[];
}

export const GOOD_VARIANT: Variant = { rustFeatures: [], goTags: [] };

type Cfg = { kind: 'feature'; name: string } | { kind: 'test' } | { kind: 'other' } | { kind: 'not'; of: Cfg } | { kind: 'all' | 'any'; of: Cfg[] };

function tokens(text: string): string[] {
  return text.match(/"[^"]*"|[A-Za-z_][A-Za-z0-9_]*|[(),=]/g) ?? [];
}

function parseCfg(t: string[], at: { i: number }): Cfg {
  const word = t[at.i++];
  if (word === 'not' || word === 'all' || word === 'any') {
    at.i += 1; // (
    const of: Cfg[] = [];
    while (at.i < t.length && t[at.i] !== ')') {
      of.push(parseCfg(t, at));
      if (t[at.i] === ',') at.i += 1;
    }
    at.i += 1; // )
    return word === 'not' ? { kind: 'not', of: of[0] ?? { kind: 'other' } } : { kind: word, of };
  }
  if (t[at.i] === '=') {
    const value = (t[at.i + 1] ?? '').replace(/"/g, '');
    at.i += 2;
    return word === 'feature' ? { kind: 'feature', name: value } : { kind: 'other' };
  }
  return word === 'test' ? { kind: 'test' } : { kind: 'other' };
}

function holds(c: Cfg, features: readonly string[]): boolean {
  switch (c.kind) {
    case 'feature': return features.includes(c.name);
    // The scan reads the library as shipped: test-only code is not part of the boundary.
    case 'test': return false;
    // Target conditions (os, arch, pointer width) are unknown here; the reader keeps such items.
    case 'other': return true;
    case 'not': return c.of.kind === 'other' ? true : !holds(c.of, features);
    case 'all': return c.of.every((x) => holds(x, features));
    case 'any': return c.of.some((x) => holds(x, features));
  }
}

/** Whether every `#[cfg(...)]` attribute text in `attrs` holds for the variant. */
export function cfgHolds(attrs: readonly string[], variant: Variant): boolean {
  for (const a of attrs) {
    const m = /^#\s*\[\s*cfg\s*\(([\s\S]*)\)\s*\]$/.exec(a.trim());
    if (m === null) continue;
    if (!holds(parseCfg(tokens(m[1]!), { i: 0 }), variant.rustFeatures)) return false;
  }
  return true;
}

/** Evaluates a `//go:build` expression (tags, !, &&, ||, parentheses). Unknown tags are off, except the usual platform ones. */
export function goBuildHolds(expr: string, variant: Variant): boolean {
  const t = expr.match(/[A-Za-z0-9_.]+|&&|\|\||[!()]/g) ?? [];
  let i = 0;
  const on = (tag: string): boolean => variant.goTags.includes(tag) || ['cgo', 'linux', 'unix', 'amd64', 'arm64', 'gc'].includes(tag) || /^go1\.\d+$/.test(tag);
  const primary = (): boolean => {
    const tok = t[i++];
    if (tok === '!') return !primary();
    if (tok === '(') {
      const v = or();
      i += 1;
      return v;
    }
    return tok !== undefined && on(tok);
  };
  const and = (): boolean => {
    let v = primary();
    while (t[i] === '&&') {
      i += 1;
      v = primary() && v;
    }
    return v;
  };
  const or = (): boolean => {
    let v = and();
    while (t[i] === '||') {
      i += 1;
      v = and() || v;
    }
    return v;
  };
  return or();
}
