// The sidebar group of a team's build: its pages (by their frontmatter titles) and its contracts' gallery pages.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';
import { readYaml } from '../lib/rules/read-yaml.ts';
import { TeamSiteError, type TeamSite } from '../node/site/team-site.ts';

interface SidebarLink {
  label: string;
  link: string;
}

const frontmatter = z.object({ title: z.string().min(1).max(120) }).passthrough();

function pageFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? pageFiles(dir, join(prefix, e.name)) : /^[^_].*\.mdx?$/.test(e.name) ? [join(prefix, e.name)] : []))
    .sort();
}

/** Titles from each page's frontmatter; a page without one is an error naming the file. */
function pageLinks(dir: string): SidebarLink[] {
  return pageFiles(dir).map((file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    const block = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
    const shown = relative(process.cwd(), join(dir, file));
    const read = readYaml(block, shown, frontmatter, 'page frontmatter', { maxBytes: 16 * 1024, maxDepth: 6, maxProblems: 5 });
    if (!read.ok) throw new TeamSiteError(read.diagnostics.map((d) => ({ ...d, line: d.line + 1 })));
    // Astro's glob loader lowercases the id and drops the extension; the route is /team/<id>/.
    const id = file.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '').toLowerCase();
    return { label: read.value.title, link: `/team/${id}/` };
  });
}

export function teamSidebar(team: TeamSite | undefined): Array<{ label: string; items: SidebarLink[] }> {
  if (team === undefined) return [];
  const pages = team.pagesDir === undefined ? [] : pageLinks(team.pagesDir);
  const contracts = team.contracts.map((c) => ({ label: `Contract: ${c.name}`, link: `/contracts/${c.name}/` }));
  return [{ label: team.name, items: [...pages, ...contracts] }];
}
