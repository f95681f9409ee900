// The shape of the playbook data the wizard page embeds for its script, and how the script reads it back.
import type { FaultClass } from '../lib/engine/fault-classes.ts';
import type { Questionnaire } from '../lib/engine/questions.ts';
import type { AuditRule } from '../lib/rules/schema.ts';

export interface WizardData {
  /** interlock's version, recorded in exports like the CLI does. */
  version: string;
  questionnaire: Questionnaire;
  rules: readonly AuditRule[];
  faultClasses: readonly FaultClass[];
  /** Patterns that exist in the library, by ID, with the facts they apply to: a rule naming any other pattern gets no example or link for it. */
  patterns: Record<string, { title: string; summary: string; facts: string[] }>;
}

/** The id of the <script type="application/json"> element holding the data. */
export const DATA_ELEMENT_ID = 'wizard-data';

export function readWizardData(doc: Document): WizardData {
  const text = doc.getElementById(DATA_ELEMENT_ID)?.textContent;
  if (text === undefined || text === null) throw new Error('the wizard data is missing from the page');
  return JSON.parse(text) as WizardData;
}
