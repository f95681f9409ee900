// Identifier schemas every playbook file shares: seed points (what the handbook covers) and facts.
import { z } from 'zod';

/**
 * The shape of a seed point ID. Which IDs exist is content/seed-points.yaml's to say (handbook/seed-points.ts):
 * a reader given that list refuses the others, at their line and column.
 */
export const seedPointId = z.string().regex(/^S[01]-\d{2}$/, 'a seed point ID looks like S0-07 or S1-22');

/** A fact ID as written in playbooks/facts.yaml (whether it exists there is checked separately). */
export const factId = z
  .string()
  .regex(/^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)*$/, 'a fact ID looks like handle.opaque')
  .describe('A fact from playbooks/facts.yaml, like handle.opaque.');
