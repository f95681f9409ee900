// A rule's verify command for one team: rules write the team's contract as `contract.yaml`; the team's own
// path replaces it when known. Shared by the Markdown checklist (what a reviewer reads) and `interlock
// evidence run` (what runs), so both show the same command.
import type { ChecklistMeta } from '../engine/checklist.ts';

/** A path shown in a shell line only when it cannot end the line, leave a quote or pose as an option. */
export const SHOWABLE_PATH = /^(?!-)[A-Za-z0-9._/-]{1,200}$/;

export function withContractPath(run: string, paths: ChecklistMeta['paths']): string {
  const path = paths?.contract;
  if (path === undefined || !SHOWABLE_PATH.test(path)) return run;
  return run.replace(/(^|[\s:])contract\.yaml(?=$|\s)/gm, (_, before: string) => `${before}${path}`);
}
