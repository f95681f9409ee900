// Reads a repository's playbook files (facts, rules, questions, fault classes) as loadPlaybook takes them, and names
// its pattern folders: one reader for the CLI, the site build and the tests.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PlaybookSources, SourceFile } from '../lib/engine/load-playbook.ts';

/** playbooks/rules/*.yaml in name order, each with its repository-relative path. */
export function ruleFiles(repo: string): SourceFile[] {
  const dir = join(repo, 'playbooks', 'rules');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ path: `playbooks/rules/${f}`, text: readFileSync(join(dir, f)) }));
}

/** The files of the playbook; the caller adds `patterns` and `lintRules` where it wants those names checked. */
export function playbookSources(repo: string): PlaybookSources {
  const read = (name: string): SourceFile => ({ path: `playbooks/${name}`, text: readFileSync(join(repo, 'playbooks', name)) });
  const seeds = seedPointsFile(repo);
  return { facts: read('facts.yaml'), rules: ruleFiles(repo), questions: read('questions.yaml'), faultClasses: read('fault-classes.yaml'), ...(seeds !== undefined ? { seedPoints: seeds } : {}) };
}

/** content/seed-points.yaml in a repository; the installed CLI has no content/ folder. */
export function seedPointsFile(repo: string): SourceFile | undefined {
  const file = join(repo, 'content', 'seed-points.yaml');
  return existsSync(file) ? { path: 'content/seed-points.yaml', text: readFileSync(file) } : undefined;
}

/** Pattern IDs: the folders under playbooks/patterns/, without _shared. */
export function patternFolders(repo: string): Set<string> {
  return new Set(
    readdirSync(join(repo, 'playbooks', 'patterns'), { withFileTypes: true })
      .filter((e) => e.isDirectory() && !e.name.startsWith('_'))
      .map((e) => e.name),
  );
}
