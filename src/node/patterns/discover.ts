// Finds playbooks/patterns/*/pattern.yaml (skipping _shared) and validates each one.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { decodeUtf8, formatIssue, parseFactIds, parsePattern } from '../../lib/patterns/load.ts';
import type { Pattern } from '../../lib/patterns/schema.ts';

interface Discovered {
  id: string; // folder name
  dir: string; // absolute pattern folder
  yamlFile: string; // repo-relative path, for messages
  pattern?: Pattern; // set when valid
  errors: string[]; // file:line:col: message
}

export function discoverPatterns(repo: string): Discovered[] {
  const root = join(repo, 'playbooks', 'patterns');
  const facts = parseFactIds(readFileSync(join(repo, 'playbooks', 'facts.yaml'), 'utf8'));
  const out: Discovered[] = [];
  for (const name of readdirSync(root).sort()) {
    if (name.startsWith('_') || name.startsWith('.')) continue;
    const dir = join(root, name);
    if (!statSync(dir).isDirectory()) continue;
    const yamlFile = `playbooks/patterns/${name}/pattern.yaml`;
    const d: Discovered = { id: name, dir, yamlFile, errors: [] };
    out.push(d);
    const abs = join(dir, 'pattern.yaml');
    if (!existsSync(abs)) {
      d.errors.push(`${yamlFile}:1:1: missing pattern.yaml`);
      continue;
    }
    const text = decodeUtf8(readFileSync(abs), yamlFile);
    if (typeof text !== 'string') {
      d.errors.push(formatIssue(text));
      continue;
    }
    const r = parsePattern(text, yamlFile, { knownFacts: facts, folder: name });
    if (!r.ok) {
      d.errors.push(...r.issues.map(formatIssue));
      continue;
    }
    // Files the site will show must exist (the schema cannot check the disk).
    const listed: Array<[string, Array<string | number>]> = [
      ...r.pattern.files.map((f, i): [string, Array<string | number>] => [f.path, ['files', i, 'path']]),
      ...r.pattern.broken.flatMap((b, i) => b.files.map((f, j): [string, Array<string | number>] => [f, ['broken', i, 'files', j]])),
    ];
    for (const [p, where] of listed) {
      if (existsSync(join(dir, p))) continue;
      const { line, col } = r.at(where);
      d.errors.push(`${yamlFile}:${line}:${col}: listed file ${p} does not exist`);
    }
    if (d.errors.length === 0) d.pattern = r.pattern;
  }
  return out;
}
