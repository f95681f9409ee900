// playbooks/facts.yaml, the fact vocabulary, read through the shared input layer like every other playbook file.
import { z } from 'zod';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { factId } from '../ids.ts';
import { readYaml } from '../rules/read-yaml.ts';

const factsFile = z.strictObject({
  facts: z.record(factId, z.strictObject({ summary: z.string().min(1).max(400).describe('One sentence: what is true of the boundary.') })),
});

const FACTS_LIMITS = { maxBytes: 64 * 1024, maxDepth: 4, maxProblems: 50 } as const;

/** Fact ID -> summary, in file order; or the problems, each with file, line and column. */
export function parseFacts(input: string | Uint8Array, file: string): { facts?: Map<string, string>; diagnostics: Diagnostic[] } {
  const read = readYaml(input, file, factsFile, 'fact vocabulary', FACTS_LIMITS, { refuseCommentAfterPlainText: true });
  if (!read.ok) return { diagnostics: read.diagnostics };
  return { facts: new Map(Object.entries(read.value.facts).map(([id, f]) => [id, f.summary])), diagnostics: [] };
}
