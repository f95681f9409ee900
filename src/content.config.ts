// Content collections: the handbook (content/docs) with Starlight's schema plus Interlock's own fields.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { handbookFrontmatter } from './lib/handbook/frontmatter.ts';

export const collections = {
  docs: defineCollection({
    loader: glob({ base: './content/docs', pattern: '**/[^_]*.{md,mdx}' }),
    schema: docsSchema({ extend: handbookFrontmatter }),
  }),
};
