// Contract values in plain words, for change summaries and changelog entries that a reviewer who has not
// memorised the contract format can still act on.
import type { Lifetime } from '../contract/model.ts';

/** `null` for an absent optional field, else its contract spelling. */
export function spell(value: string | number | boolean | undefined): string | null {
  return value === undefined ? null : String(value);
}

export function lifetimeSpelling(lifetime: Lifetime | undefined): string | null {
  if (lifetime === undefined) return null;
  return lifetime.kind === 'until' ? `until:${lifetime.fn}` : lifetime.kind;
}

export function lifetimeWords(lifetime: Lifetime | undefined): string {
  if (lifetime === undefined || lifetime.kind === 'call') return 'for the call';
  if (lifetime.kind === 'static') return 'for the life of the process';
  return `until \`${lifetime.fn}\` is called`;
}

export function passWords(pass: string | undefined): string {
  switch (pass) {
    case 'borrow': return 'borrowed';
    case 'transfer': return 'transferred';
    case 'copy': return 'copied';
    default: return 'unspecified';
  }
}

export function errorPolicyWords(policy: string | undefined): string {
  switch (policy) {
    case 'out-param': return 'an error struct filled on the same call';
    case 'return-code': return 'an integer status code returned by the call';
    case 'last-error': return 'thread-local last-error state read by a second call';
    case 'none': return 'nothing (it cannot fail)';
    default: return 'an unspecified mechanism';
  }
}

export function threadsWords(threads: string | undefined): string {
  switch (threads) {
    case 'shared': return 'several goroutines at once';
    case 'send': return 'one goroutine at a time, on any OS thread';
    case 'single': return 'only the OS thread that created it';
    default: return 'only the OS thread that created it (unstated)';
  }
}

export function list(names: readonly string[]): string {
  return names.length === 0 ? 'none' : names.map((n) => `\`${n}\``).join(', ');
}

/** `absent` reads better than `null` in a sentence. */
export function shown(value: string | null): string {
  return value === null ? 'unset' : `\`${value}\``;
}
