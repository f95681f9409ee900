// A contract as the checklist's input: its facts, where each came from, and the identity and paths the checklist
// header shows. One function, so `interlock checklist --contract` and the wizard's contract import build the
// same checklist from the same contract.
import { contractSources } from '../code/contract-sources.ts';
import { contractFactSources } from '../contract/facts.ts';
import type { ContractModel } from '../contract/model.ts';
import { checklistFromFacts, type Playbook, type RunInfo } from './playbook.ts';
import type { Checklist } from './checklist.ts';

export interface ContractChecklistSource {
  /** The contract as written: the bundle carries it verbatim. */
  text: string;
  facts: string[];
  sources: ReturnType<typeof contractFactSources>;
  identity: { project: string; goModule: string; abi: string; paths: { contract?: string; rust?: string; go?: string } };
}

/** `file` as the user named it (`-` for standard input, which records no contract path). */
export function contractChecklistSource(model: ContractModel, text: string, file: string): ContractChecklistSource {
  const lib = model.library;
  const sources = contractFactSources(model);
  const { rust, go } = contractSources(text, file);
  const paths = { ...(file !== '-' ? { contract: file } : {}), ...(rust !== undefined ? { rust } : {}), ...(go !== undefined ? { go } : {}) };
  return { text, facts: [...sources.keys()], sources, identity: { project: lib.name, goModule: lib.goPackage, abi: lib.abi.text, paths } };
}

export function checklistFromContract(playbook: Playbook, source: ContractChecklistSource, run: RunInfo, extraFacts: readonly string[] = []): Checklist {
  return checklistFromFacts(playbook, source.facts, source.identity, run, source.sources, extraFacts);
}
