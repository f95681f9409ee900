// Build-time data for the wizard page: the playbooks as the island needs them, from the repository the site
// integration loaded once.
import { repository } from 'virtual:interlock/repository';
import type { WizardData } from '../../wizard/data.ts';

/** Everything the browser needs, exactly as the engine loaded it, so exports match the CLI byte for byte. */
export function wizardData(): WizardData {
  const patterns: WizardData['patterns'] = {};
  for (const [id, { pattern }] of [...repository.patterns].sort(([a], [b]) => (a < b ? -1 : 1))) {
    patterns[id] = { title: pattern.title, summary: pattern.summary, facts: pattern.facts };
  }
  const { questionnaire, rules, faultClasses } = repository.playbook;
  return { version: repository.version, questionnaire, rules, faultClasses, patterns };
}
