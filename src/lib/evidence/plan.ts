// Which commands an evidence run executes: every verify step with a `run` of every check on the checklist (or
// the checks named), in checklist order, with the folder each must run in. Pure: the runner executes the plan.
import { checklistRules, type Checklist } from '../engine/checklist.ts';
import type { VerifyPlace } from '../rules/vocabulary.ts';
import { withContractPath } from '../export/verify-command.ts';

/** Absolute folders for the three places a verify step names. */
export type Places = Readonly<Record<VerifyPlace, string>>;

export interface PlannedStep {
  rule: string;
  step: number;
  in: VerifyPlace;
  command: string;
  cwd: string;
}

/** The steps to run; `only` (rule IDs) narrows the checklist, and an ID not on it is returned as unknown. */
export function planEvidence(checklist: Checklist, places: Places, only: readonly string[] = []): { steps: PlannedStep[]; unknown: string[] } {
  const rules = checklistRules(checklist);
  const unknown = only.filter((id) => !rules.some((r) => r.id === id));
  const chosen = only.length === 0 ? rules : rules.filter((r) => only.includes(r.id));
  const steps: PlannedStep[] = [];
  for (const rule of chosen) {
    rule.verify.forEach((s, i) => {
      if (s.run === undefined) return;
      const where = s.in ?? 'repo';
      steps.push({ rule: rule.id, step: i + 1, in: where, command: withContractPath(s.run, checklist.meta.paths), cwd: places[where] });
    });
  }
  return { steps, unknown };
}

/** The log file of a step, relative to the evidence file: `<logs folder>/<rule>-<step>.log`. */
export function logPath(logsFolder: string, step: Pick<PlannedStep, 'rule' | 'step'>): string {
  return `${logsFolder}/${step.rule}-${step.step}.log`;
}
