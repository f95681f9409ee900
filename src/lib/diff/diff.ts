// Two parsed contracts -> every classified change, the ABI governance verdict, the touched facts and the
// targeted checklist: everything `interlock diff` prints, computed once, pure.
import { contractFacts } from '../contract/facts.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Change, Side } from './change.ts';
import { makeRecorder } from './change.ts';
import type { TargetedChecklist, TargetedChecklistSource } from './checklist.ts';
import { targetedChecklist } from './checklist.ts';
import { compareErrors } from './compare-errors.ts';
import { compareFunctions } from './compare-functions.ts';
import { compareLibrary } from './compare-library.ts';
import { compareTypes } from './compare-types.ts';
import type { AbiVerdict } from './governance.ts';
import { abiVerdict, governanceFindings } from './governance.ts';

interface SideSummary {
  file: string;
  library: string;
  abi: string;
}

export interface DiffReport {
  base: SideSummary;
  head: SideSummary;
  abi: AbiVerdict;
  /** Library, types, functions, errors; removals before the head's items within each section. */
  changes: Change[];
  governance: Diagnostic[];
  /** Every fact the audited changes touch, sorted. */
  facts: string[];
  checklist: TargetedChecklist;
  /** Some change needs an audit, or governance found a problem. */
  auditNeeded: boolean;
  /** 0: nothing that needs an audit; 1: audit needed. (2, unusable input, never reaches a report.) */
  exitCode: 0 | 1;
}

function summary(side: Side): SideSummary {
  return { file: side.file, library: side.model.library.name, abi: side.model.library.abi.text };
}

export function diffContracts(base: Side, head: Side, source: TargetedChecklistSource): DiffReport {
  const changes: Change[] = [];
  const record = makeRecorder(base, head, changes);
  compareLibrary(record, base.model, head.model);
  compareTypes(record, base.model, head.model);
  compareFunctions(record, base.model, head.model);
  compareErrors(record, base.model, head.model);

  const abi = abiVerdict(base, head, changes);
  const governance = governanceFindings(base, head, changes, abi);
  const facts = [...new Set(changes.filter((c) => c.audit).flatMap((c) => c.facts))].sort();
  const checklist = targetedChecklist(changes, new Set(contractFacts(head.model)), source);
  const auditNeeded = changes.some((c) => c.audit) || governance.length > 0;
  return { base: summary(base), head: summary(head), abi, changes, governance, facts, checklist, auditNeeded, exitCode: auditNeeded ? 1 : 0 };
}
