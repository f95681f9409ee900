// Every diagnostic code a contract check can produce, with its title and docs link: SARIF's rule table and
// the JSON report's code descriptions come from here.
import type { SarifRule } from '../diagnostics/sarif.ts';
import { PRE_LINT_CODES } from './codes.ts';
import { RULES } from './rules/index.ts';

/**
 * The base of identifiers such as the published JSON Schema's $id: an identifier, never a link a reader
 * follows (the CLI links to the handbook only where INTERLOCK_SITE_URL says it is hosted).
 */
export const SITE_URL = 'https://interlock.example';

/** The rule table; with the handbook's address, each rule links to its page. */
export function checkCatalogue(siteUrl?: string): SarifRule[] {
  const link = (path: string): { helpUri?: string } => (siteUrl === undefined ? {} : { helpUri: `${siteUrl}${path}` });
  const lint = RULES.map((r): SarifRule => ({
    id: r.meta.id,
    title: r.meta.title,
    description: r.meta.description,
    severity: r.meta.severity,
    ...link(`/lint/${r.meta.id}/`),
  }));
  const input = Object.entries(PRE_LINT_CODES).map(([id, description]): SarifRule => ({
    id,
    title: description.replace(/\.$/, ''),
    description,
    severity: 'error',
    ...link('/lint/#input-yaml-and-schema-codes'),
  }));
  return [...lint, ...input];
}
