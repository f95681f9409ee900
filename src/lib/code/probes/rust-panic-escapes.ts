// rust-panic-escapes: an exported function whose body can panic and runs outside catch_unwind.
import type { RustFunction } from '../model.ts';
import { at } from '../drift.ts';
import type { Finding, Probe } from './probe.ts';

export const rustPanicEscapes: Probe = {
  meta: {
    id: 'rust-panic-escapes',
    title: 'Exported functions that can panic catch the panic',
    severity: 'error',
    reads: 'rust',
    answers: 'IL-PAN-001',
    description: 'An `extern "C"` export whose body (or a crate function it calls) has a panic site (unwrap, expect, panic!, assert!, indexing, division by a non-constant) and is not run inside `std::panic::catch_unwind`, directly or through a helper that calls it.',
    rationale: 'Since Rust 1.81 a panic that reaches an `extern "C"` frame aborts the process, Go runtime and all: one bad input takes the service down instead of returning an error code.',
    messages: { unguarded: '{name} can panic ({what} at {site}) and no catch_unwind surrounds its body: a panic aborts the Go process' },
  },
  check(boundary) {
    const all = new Map<string, RustFunction>();
    for (const f of boundary.rust) for (const fn of f.functions) if (!all.has(fn.name)) all.set(fn.name, fn);
    const out: Finding[] = [];
    for (const fn of all.values()) {
      if (!fn.exported) continue;
      // One step into crate helpers: the usual shapes are `ffi_guard(|| ...)` and a body moved into `fn inner()`.
      const helpers = fn.calls.map((c) => all.get(c)).filter((h): h is RustFunction => h !== undefined && !h.exported);
      if (fn.catchesUnwind || helpers.some((h) => h.catchesUnwind)) continue;
      const site = fn.panicSites[0] ?? helpers.flatMap((h) => h.panicSites)[0];
      if (site === undefined) continue;
      out.push({ probe: 'rust-panic-escapes', messageId: 'unguarded', data: { subject: fn.name, name: fn.name, what: site.what, site: at(site.pos) }, pos: fn.pos });
    }
    return out;
  },
};
