// Identifier schemas every playbook file shares: seed points (what the handbook covers) and facts.
import { z } from 'zod';

/** Seed point IDs that exist: S0-01..S0-39 and S1-01..S1-31 (listed in content/seed-points.yaml). */
export const seedPointId = z
  .string()
  .regex(/^S[01]-\d{2}$/, 'a seed point ID looks like S0-07 or S1-22')
  .refine((s) => {
    const n = Number(s.slice(3));
    return n >= 1 && n <= (s.startsWith('S0') ? 39 : 31);
  }, 'no such seed point (S0-01..S0-39, S1-01..S1-31)');

/** A fact ID as written in playbooks/facts.yaml (whether it exists there is checked separately). */
export const factId = z
  .string()
  .regex(/^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)*$/, 'a fact ID looks like handle.opaque')
  .describe('A fact from playbooks/facts.yaml, like handle.opaque.');
