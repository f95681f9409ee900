// content/seed-points.yaml, the handbook's topic list, read through the shared input layer. Which seed point
// IDs exist is this file's to say: schemas check only an ID's shape, and readers given this list check the rest.
import { z } from 'zod';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { seedPointId } from '../ids.ts';
import { readYaml } from '../rules/read-yaml.ts';

const seedPointsFile = z.strictObject({
  points: z.record(seedPointId, z.string().min(1).max(400).describe('One line: the point the source article makes.')),
});

const SEED_LIMITS = { maxBytes: 64 * 1024, maxDepth: 3, maxProblems: 50 } as const;

/** Seed point ID -> its one-line summary, in file order; or the problems, each with file, line and column. */
export function parseSeedPoints(input: string | Uint8Array, file: string): { points?: Map<string, string>; diagnostics: Diagnostic[] } {
  const read = readYaml(input, file, seedPointsFile, 'seed point list', SEED_LIMITS);
  if (!read.ok) return { diagnostics: read.diagnostics };
  return { points: new Map(Object.entries(read.value.points)), diagnostics: [] };
}
