// What the wizard's panels (actions, contract import) need from its state: read through functions, so a
// panel always sees the answers and mode of the latest update, never a copy taken when it was wired.
import type { Answers } from '../lib/engine/answers.ts';
import type { ContractChecklistSource } from '../lib/engine/contract-checklist.ts';
import type { WizardData } from './data.ts';
import type { Notice } from './notice.ts';
import type { Saved } from './progress.ts';

export interface WizardContext {
  doc: Document;
  data: WizardData;
  form: HTMLElement;
  root: HTMLElement;
  notice: Notice;
  /** Ticks, failed marks and postmortem notes, kept in localStorage; panels change it in place. */
  saved: Saved;
  byId: <T extends HTMLElement>(id: string) => T;
  answers: () => Answers;
  /** The imported contract the checklist follows (as `interlock checklist --contract` does), until an answer changes. */
  contract: () => ContractChecklistSource | undefined;
  useContract: (source: ContractChecklistSource | undefined) => void;
  postmortemMode: () => boolean;
  /** Reads the form again and redraws the checklist, the summary and the link. */
  update: () => void;
  writeFragment: () => void;
  /** The review state for the share link, or how long it would be when it is too long to carry. */
  linkState: () => { part: string; tooLong?: number };
  showFieldProblems: (problems: ReadonlyArray<{ field: string; message: string }>) => void;
}
