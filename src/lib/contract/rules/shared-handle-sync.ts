// shared-handle-sync: every opaque handle says how goroutines may use it, and shared ones say who locks.
import type { ContractModel } from '../model.ts';
import type { LintRule, RuleContext } from './rule.ts';

export const sharedHandleSync: LintRule = {
  meta: {
    id: 'shared-handle-sync',
    title: 'Handles declare thread use; shared handles declare synchronisation',
    severity: 'error',
    description:
      'Every opaque type declares `threads` (shared, send or single). A handle with `threads: shared` also declares `sync`: mutex-inside (Rust locks), wrapper (the Go wrapper holds a sync.Mutex) or rust-sync (the Rust type is Sync and needs no lock).',
    rationale:
      'Goroutines run on many OS threads, so a handle stored in a Go struct is shared the moment two goroutines reach it. Go\'s race detector cannot see races on Rust memory; only a declared locking strategy (and a test that hammers it) keeps two calls from mutating one Rust object at once.',
    facts: ['handle.shared-across-goroutines', 'handle.opaque'],
    covers: ['S0-09'],
    messages: {
      noThreads: 'opaque type {{type}} does not say how goroutines may use it',
      noSync: '{{type}} is shared across goroutines but nothing says who serialises access',
    },
    hints: {
      noThreads: 'add threads: shared (with sync), send or single',
      noSync: 'add sync: mutex-inside (Rust locks in every call), sync: wrapper (the Go wrapper holds a sync.Mutex) or sync: rust-sync (the Rust type is Sync)',
    },
  },
  check(model: ContractModel, ctx: RuleContext): void {
    for (const t of model.types) {
      if (t.kind !== 'opaque') continue;
      if (t.threads === undefined) {
        ctx.report({ path: t.path, part: 'key', messageId: 'noThreads', data: { type: t.name } });
      } else if (t.threads === 'shared' && t.sync === undefined) {
        ctx.report({ path: [...t.path, 'threads'], messageId: 'noSync', data: { type: t.name } });
      }
    }
  },
};
