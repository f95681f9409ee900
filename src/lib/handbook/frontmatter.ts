// Interlock's additions to Starlight's page frontmatter, shared by the site schema and the coverage test.
import { z } from 'zod';

/** A seed point ID: S0-xx or S1-xx, as listed in content/seed-points.yaml. */
export const seedPointId = z.string().regex(/^S[01]-\d{2}$/, 'a seed point ID looks like S0-07 or S1-22');

export const handbookFrontmatter = z.object({
  /**
   * Seed point IDs this page explains. The coverage test fails when a point is covered by no page
   * or when a page names an ID that does not exist.
   */
  covers: z.array(seedPointId).default([]),
});

export type HandbookFrontmatter = z.infer<typeof handbookFrontmatter>;
