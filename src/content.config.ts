// Content collections: the handbook (content/docs) with Starlight's schema plus Interlock's own fields, and,
// for a team's build (INTERLOCK_SITE_CONFIG), the team's own pages, shown under /team/.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { handbookFrontmatter } from './lib/handbook/frontmatter.ts';
import { teamSite } from './site/data/team.ts';

const team = teamSite();

export const collections = {
  docs: defineCollection({
    loader: glob({ base: './content/docs', pattern: '**/[^_]*.{md,mdx}' }),
    schema: docsSchema({ extend: handbookFrontmatter }),
  }),
  ...(team?.pagesDir === undefined
    ? {}
    : {
        team: defineCollection({
          loader: glob({ base: team.pagesDir, pattern: '**/[^_]*.{md,mdx}' }),
          schema: docsSchema(),
        }),
      }),
};
