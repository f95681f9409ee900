// The file a team points INTERLOCK_SITE_CONFIG at to build the handbook with its own contracts and pages,
// without editing Interlock's files. Folders are relative to the file itself.
import { z } from 'zod';

/** A folder path inside the team's repository: relative, forward slashes, no way out of it. */
const folder = z
  .string()
  .min(1)
  .max(200)
  .regex(/^(?!\/)(?!.*(^|\/)\.\.(\/|$))[\w.\-/]+$/, 'a relative folder path (letters, digits, . _ - /), without ".."');

export const teamSiteSchema = z
  .object({
    name: z.string().min(1).max(60).regex(/^[^<>`\n]+$/, 'plain text without <, >, ` or line breaks').describe('The sidebar group that lists the team’s pages and contracts'),
    site: z.url({ protocol: /^https?$/ }).describe('The URL the built site is served at (canonical links, sitemap)'),
    contracts: folder.optional().describe('A folder of boundary contracts (*.yaml): each gets a gallery page and diagrams'),
    pages: folder.optional().describe('A folder of handbook pages (*.md, *.mdx with title and description)'),
    diagrams: folder.optional().describe('Where `npm run diagrams` keeps the rendered SVGs of the team’s contracts (commit it)'),
    edit: z.url({ protocol: /^https$/ }).optional().describe('Base URL for “Edit page” links on the team’s pages, e.g. https://git.example.com/team/svc/edit/main/handbook/'),
  })
  .strict();
