// Reads a team's site configuration (INTERLOCK_SITE_CONFIG) through the one YAML input path, resolves its
// folders, and lists the contracts and pages it adds, so the site build and `npm run diagrams` agree.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Diagnostic } from '../../lib/diagnostics/diagnostic.ts';
import { teamSiteSchema } from '../../lib/site/team-site-schema.ts';
import { readYaml } from '../../lib/rules/read-yaml.ts';

interface TeamContract {
  /** The file name without .yaml: its gallery URL segment. */
  name: string;
  /** The path shown in messages and on the page, relative to the working directory. */
  file: string;
  source: string;
}

export interface TeamSite {
  name: string;
  site: string;
  edit?: string;
  contracts: TeamContract[];
  /** Absolute folder of the team's pages, when it has any. */
  pagesDir?: string;
  /** Absolute folder of the team's diagram cache. */
  diagramsDir: string;
}

export class TeamSiteError extends Error {
  override name = 'TeamSiteError';
  readonly diagnostics: Diagnostic[];
  constructor(diagnostics: Diagnostic[]) {
    super(diagnostics.map((d) => `${d.file}:${d.line}:${d.column}: ${d.message}`).join('\n'));
    this.diagnostics = diagnostics;
  }
}

const LIMITS = { maxBytes: 16 * 1024, maxDepth: 4, maxProblems: 20 };

/** Undefined when no configuration is given: the site is Interlock's own. Throws TeamSiteError on bad input. */
export function loadTeamSite(configPath: string | undefined, cwd = process.cwd(), reservedNames: ReadonlySet<string> = new Set()): TeamSite | undefined {
  if (configPath === undefined || configPath === '') return undefined;
  const path = resolve(cwd, configPath);
  const shown = relative(cwd, path) || path;
  if (!existsSync(path) || !statSync(path).isFile()) {
    throw new TeamSiteError([{ code: 'input-unreadable', severity: 'error', file: shown, line: 1, column: 1, message: 'INTERLOCK_SITE_CONFIG names a file that does not exist' }]);
  }
  const read = readYaml(readFileSync(path), shown, teamSiteSchema, 'site configuration', LIMITS);
  if (!read.ok) throw new TeamSiteError(read.diagnostics);
  const base = dirname(path);
  const problem = (field: string, message: string): Diagnostic => {
    const { line, column } = read.locate([field]);
    return { code: 'site-folder', severity: 'error', file: shown, line, column, message };
  };
  const problems: Diagnostic[] = [];
  const folder = (field: 'contracts' | 'pages'): string | undefined => {
    const value = read.value[field];
    if (value === undefined) return undefined;
    const dir = join(base, value);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) problems.push(problem(field, `${field}: ${value} is not a folder next to ${shown}`));
    return dir;
  };
  const contractsDir = folder('contracts');
  const pagesDir = folder('pages');
  if (problems.length > 0) throw new TeamSiteError(problems);
  const contracts = contractsDir === undefined ? [] : readdirSync(contractsDir).filter((f) => f.endsWith('.yaml')).sort().map((f) => ({
    name: f.slice(0, -'.yaml'.length),
    file: relative(cwd, join(contractsDir, f)),
    source: readFileSync(join(contractsDir, f), 'utf8'),
  }));
  const clash = contracts.find((c) => reservedNames.has(c.name) || !/^[a-z0-9][a-z0-9-]{0,62}$/.test(c.name));
  if (clash !== undefined) {
    throw new TeamSiteError([problem('contracts', `contract file ${clash.name}.yaml: its name must be lowercase letters, digits and "-", and not one of Interlock's samples (${[...reservedNames].join(', ')})`)]);
  }
  const site: TeamSite = { name: read.value.name, site: read.value.site, contracts, diagramsDir: join(base, read.value.diagrams ?? 'diagrams') };
  if (pagesDir !== undefined) site.pagesDir = pagesDir;
  if (read.value.edit !== undefined) site.edit = read.value.edit;
  return site;
}
