// The team's own site configuration, read once per build from INTERLOCK_SITE_CONFIG (undefined when unset:
// the site is Interlock's own). astro.config.mjs, the gallery and the team pages all take it from here.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadTeamSite, type TeamSite } from '../../node/site/team-site.ts';

const SAMPLES = fileURLToPath(new URL('../../../content/contracts/', import.meta.url));

/** Interlock's sample names, which a team contract may not take (they share /contracts/<name>/). */
const SAMPLE_NAMES: ReadonlySet<string> = new Set(readdirSync(SAMPLES).filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -5)));

let loaded: { team: TeamSite | undefined } | undefined;

export function teamSite(env: Record<string, string | undefined> = process.env): TeamSite | undefined {
  loaded ??= { team: loadTeamSite(env['INTERLOCK_SITE_CONFIG'], process.cwd(), SAMPLE_NAMES) };
  return loaded.team;
}
