// ABI governance over a diff: does library.abi move as far as the changes require, and does any Go
// sentinel disappear while Go code may still match it? Findings are diagnostics, positioned in the files.
import { plural } from '../output/words.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Change, Side } from './change.ts';
import { pathText } from './change.ts';
import { BUMP_RANK } from './kinds.ts';
import type { Bump } from './kinds.ts';

type ActualBump = Bump | 'decrease';

export interface AbiVerdict {
  base: string;
  head: string;
  /** How far library.abi moved. */
  bump: ActualBump;
  /** The largest bump any change requires. */
  required: Bump;
  /** The version the changes call for (head itself when it is enough). */
  expected: string;
}

/** Every finding governance can report, with its severity; the handbook's CI page lists them from here. */
export const GOVERNANCE_CODES = {
  'abi-major-bump-missing': { severity: 'error', description: 'A change breaks code built against the old contract, but the ABI major version did not increase.' },
  'abi-version-decreased': { severity: 'error', description: 'The ABI version went down.' },
  'abi-minor-bump-missing': { severity: 'warning', description: 'A compatible addition was made, but the ABI version did not increase.' },
  'error-sentinel-removed': { severity: 'warning', description: 'A Go sentinel left the contract while Go code may still match it with errors.Is.' },
  'error-code-reused': { severity: 'warning', description: 'An error code now means something else; codes never change meaning once released.' },
} as const satisfies Record<string, { severity: 'error' | 'warning'; description: string }>;

/**
 * How far the version moved. Under 0.x the minor number is the breaking one, as Cargo's semver rules have
 * it (0.1 -> 0.2 is incompatible), so a minor step there counts as a major bump.
 */
function bumpOf(base: Side, head: Side): ActualBump {
  const b = base.model.library.abi;
  const h = head.model.library.abi;
  if (b.major === 0 && h.major === 0) return h.minor > b.minor ? 'major' : h.minor < b.minor ? 'decrease' : 'none';
  if (h.major > b.major) return 'major';
  if (h.major < b.major) return 'decrease';
  if (h.minor > b.minor) return 'minor';
  return h.minor < b.minor ? 'decrease' : 'none';
}

export function abiVerdict(base: Side, head: Side, changes: readonly Change[]): AbiVerdict {
  const required = changes.reduce<Bump>((acc, c) => (BUMP_RANK[c.requires] > BUMP_RANK[acc] ? c.requires : acc), 'none');
  const bump = bumpOf(base, head);
  const b = base.model.library.abi;
  let expected = head.model.library.abi.text;
  // Under 0.x every bump moves the minor number: 0.x has no compatible step left.
  if (required === 'major' && bump !== 'major') expected = b.major === 0 ? `0.${b.minor + 1}` : `${b.major + 1}.0`;
  else if (required === 'minor' && (bump === 'none' || bump === 'decrease')) expected = `${b.major}.${b.minor + 1}`;
  else if (bump === 'decrease') expected = b.text;
  return { base: b.text, head: head.model.library.abi.text, bump, required, expected };
}

function kindsOf(changes: readonly Change[]): string {
  const kinds = [...new Set(changes.map((c) => c.kind))];
  return kinds.slice(0, 4).join(', ') + (kinds.length > 4 ? ', ...' : '');
}

export function governanceFindings(base: Side, head: Side, changes: readonly Change[], abi: AbiVerdict): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = head.locate(['library', 'abi']);
  const version = { file: head.file, line: at.line, column: at.column };
  if (abi.bump === 'decrease') {
    out.push({
      code: 'abi-version-decreased', severity: 'error', ...version,
      message: `library.abi went down from ${abi.base} to ${abi.head}: a Go wrapper built for ${abi.base} would accept a library that lacks what it was built against`,
      hint: `set library.abi to "${abi.expected}" or higher`,
    });
  }
  const major = changes.filter((c) => c.requires === 'major');
  if (abi.required === 'major' && abi.bump !== 'major') {
    out.push({
      code: 'abi-major-bump-missing', severity: 'error', ...version,
      message: `${plural(major.length, 'change')} ${major.length === 1 ? 'breaks' : 'break'} code built against ${abi.base} (${kindsOf(major)}), but library.abi is ${abi.head}: only a new major version${abi.base.startsWith('0.') ? ' (under 0.x, a new minor, as in Cargo)' : ''} makes the start-up check refuse an old Go wrapper`,
      hint: `set library.abi to "${abi.expected}", or make the change compatible`,
    });
  }
  const minor = changes.filter((c) => c.requires === 'minor');
  if (abi.required === 'minor' && abi.bump === 'none') {
    out.push({
      code: 'abi-minor-bump-missing', severity: 'warning', ...version,
      message: `${plural(minor.length, 'change')} ${minor.length === 1 ? 'adds' : 'add'} to the contract (${kindsOf(minor)}), but library.abi is still ${abi.head}: Go code built against the additions could load an older library that lacks them`,
      hint: `set library.abi to "${abi.expected}"`,
    });
  }

  const headSentinels = new Set(head.model.errors.map((e) => e.go));
  for (const e of base.model.errors) {
    if (e.go === undefined || headSentinels.has(e.go)) continue;
    const pos = base.locate([...e.path, 'go']);
    out.push({
      code: 'error-sentinel-removed', severity: 'warning', file: base.file, line: pos.line, column: pos.column,
      message: `${e.go} (error code ${e.code}) is no longer in the contract, but Go code may still match errors.Is(err, ${e.go}), which now never succeeds`,
      hint: `search the Go code for ${e.go}; keep it exported and documented as never returned, or remove every errors.Is check on it in this change`,
    });
  }
  for (const c of changes) {
    if (c.kind !== 'error-code-meaning-changed' || c.head === undefined) continue;
    out.push({
      code: 'error-code-reused', severity: 'warning', file: head.file, line: c.head.line, column: c.head.column,
      message: `error code ${String(c.path[1])} is reused: it meant ${c.before ?? ''} and now means ${c.after ?? ''}, but logs, dashboards and any Go code built for the old contract read it the old way`,
      hint: `give the new error an unused code and retire ${String(c.path[1])} (${pathText(c.path)})`,
    });
  }
  return out;
}
