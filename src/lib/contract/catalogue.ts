// Every diagnostic code a contract check can produce, with its title and docs link: SARIF's rule table and
// the JSON report's code descriptions come from here.
import type { SarifRule } from '../diagnostics/sarif.ts';
import { PRE_LINT_CODES } from './codes.ts';
import { RULES } from './rules/index.ts';

/** The site's public address (astro.config.mjs `site`), for links in reports that leave the site. */
export const SITE_URL = 'https://interlock.example';

export function checkCatalogue(): SarifRule[] {
  const lint = RULES.map((r): SarifRule => ({
    id: r.meta.id,
    title: r.meta.title,
    description: r.meta.description,
    severity: r.meta.severity,
    helpUri: `${SITE_URL}/lint/${r.meta.id}/`,
  }));
  const input = Object.entries(PRE_LINT_CODES).map(([id, description]): SarifRule => ({
    id,
    title: description.replace(/\.$/, ''),
    description,
    severity: 'error',
    helpUri: `${SITE_URL}/lint/#input-yaml-and-schema-codes`,
  }));
  return [...lint, ...input];
}
