// Loads the playbooks the wizard and `interlock bundle` need (questions, rules, fault classes, patterns) from the repository.
import { discoverPatterns } from '../patterns/discover.ts';
import { formatDiagnostic } from '../../lib/diagnostics/format-text.ts';
import { loadPlaybook } from '../../lib/engine/load-playbook.ts';
import type { Playbook } from '../../lib/engine/playbook.ts';
import type { Pattern } from '../../lib/patterns/schema.ts';
import { interlockRoot } from '../interlock-root.ts';
import { playbookSources } from '../playbook-files.ts';

interface Playbooks extends Playbook {
  repo: string;
  /** Valid patterns by ID, with their folders. */
  patterns: Map<string, { pattern: Pattern; dir: string }>;
}


/** Thrown when a playbook file is invalid: the message lists every diagnostic, file:line:column first. */
export class PlaybookError extends Error {
  override name = 'PlaybookError';
}

/** Interlock's own folder (the repository, or the installed package). */
export const REPO = interlockRoot();

const cache = new Map<string, Playbooks>();

export function loadPlaybooks(repo: string = REPO): Playbooks {
  const hit = cache.get(repo);
  if (hit) return hit;
  const discovered = discoverPatterns(repo);
  const patternErrors = discovered.flatMap((d) => d.errors);
  if (patternErrors.length > 0) throw new PlaybookError(`the pattern library is invalid:\n${patternErrors.join('\n')}`);
  const patterns = new Map(discovered.map((d) => [d.id, { pattern: d.pattern!, dir: d.dir }]));
  // Whether every pattern a rule names exists is the rule catalogue's own test; the wizard and the bundle
  // simply use the patterns that exist, so pattern names are not checked here.
  const loaded = loadPlaybook(playbookSources(repo));
  if (loaded.playbook === undefined) {
    throw new PlaybookError(`the playbooks are invalid:\n${loaded.diagnostics.map((d) => formatDiagnostic(d)).join('\n')}`);
  }
  const result: Playbooks = { repo, ...loaded.playbook, patterns };
  cache.set(repo, result);
  return result;
}
