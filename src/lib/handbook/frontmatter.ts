// Interlock's additions to Starlight's page frontmatter, shared by the site schema and the coverage test.
import { z } from 'zod';
import { seedPointId } from '../ids.ts';

export const handbookFrontmatter = z.object({
  /**
   * Seed point IDs this page explains. The coverage test fails when a point is covered by no page
   * or when a page names an ID that does not exist.
   */
  covers: z.array(seedPointId).default([]),
});

