// Interlock's own repository loaded once: the playbook (facts, rules, questions, fault classes), the pattern
// library and the seed points, each validated, with every problem a Diagnostic. The CLI commands call
// loadRepository(); the site gets the same object through its integration's virtual module
// (src/site/repository-integration.ts), so nothing is parsed twice and both faces see one playbook.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULE_IDS } from '../lib/contract/rules/index.ts';
import type { Diagnostic } from '../lib/diagnostics/diagnostic.ts';
import { formatDiagnostic } from '../lib/diagnostics/format-text.ts';
import { loadPlaybook } from '../lib/engine/load-playbook.ts';
import type { Playbook } from '../lib/engine/playbook.ts';
import type { Pattern } from '../lib/patterns/schema.ts';
import { interlockRoot } from './interlock-root.ts';
import { discoverPatterns } from './patterns/discover.ts';
import { patternFolders, playbookSources } from './playbook-files.ts';

interface LibraryPattern {
  pattern: Pattern;
  /** The pattern's folder, absolute. */
  dir: string;
}

export interface Repository {
  /** The folder holding package.json and playbooks/. */
  root: string;
  /** interlock's version from package.json, the one `interlock --version` prints. */
  version: string;
  playbook: Playbook;
  /** Valid patterns by ID, in ID order; read on first use (checklist and evidence never need them). */
  readonly patterns: Map<string, LibraryPattern>;
  /** Fact ID -> its summary in playbooks/facts.yaml. */
  factSummaries: ReadonlyMap<string, string>;
  /** Seed point ID -> its one-line summary (empty for the installed CLI, which ships no content/). */
  seedPoints: ReadonlyMap<string, string>;
}

/** A repository file that does not validate: every diagnostic, file:line:column first, in the message. */
export class RepositoryError extends Error {
  override name = 'RepositoryError';
  readonly diagnostics: Diagnostic[];
  constructor(what: string, diagnostics: Diagnostic[]) {
    super(`${what}:\n${diagnostics.map((d) => formatDiagnostic(d)).join('\n')}`);
    this.diagnostics = diagnostics;
  }
}

const loaded = new Map<string, Repository>();

/** The repository at `root` (Interlock's own folder by default), read and validated once per process. */
export function loadRepository(root: string = interlockRoot()): Repository {
  const hit = loaded.get(root);
  if (hit !== undefined) return hit;
  const book = loadPlaybook({ ...playbookSources(root), patterns: patternFolders(root), lintRules: new Set(RULE_IDS) });
  if (book.playbook === undefined) throw new RepositoryError('the playbooks are invalid', book.diagnostics);
  const playbook = book.playbook;
  let patterns: Map<string, LibraryPattern> | undefined;
  const repository: Repository = {
    root,
    version: packageVersion(root),
    playbook,
    get patterns() {
      // The facts and seed points are already read: pattern.yaml files are checked against those.
      const seeds = book.seedPoints !== undefined ? { seeds: new Set(book.seedPoints.keys()) } : {};
      return (patterns ??= patternLibrary(root, { facts: playbook.facts, ...seeds }));
    },
    factSummaries: book.factSummaries ?? new Map(),
    seedPoints: book.seedPoints ?? new Map(),
  };
  loaded.set(root, repository);
  return repository;
}

function patternLibrary(root: string, known: Parameters<typeof discoverPatterns>[1]): Map<string, LibraryPattern> {
  const discovered = discoverPatterns(root, known);
  const problems = discovered.flatMap((d) => d.diagnostics);
  if (problems.length > 0) throw new RepositoryError('the pattern library is invalid', problems);
  return new Map(discovered.map((d) => [d.id, { pattern: d.pattern!, dir: d.dir }]));
}

function packageVersion(root: string): string {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version?: unknown };
  return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
}
