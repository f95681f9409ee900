// The inputs `interlock checklist` and `interlock bundle` share: --answers or --contract, --scan,
// --postmortem and --date, checked and read the same way, so both commands build the same checklist from them.
import { resolve } from 'node:path';
import { DEFAULT_LIMITS } from '../lib/contract/limits.ts';
import { parseWithinLimits } from '../lib/contract/check.ts';
import type { Diagnostic } from '../lib/diagnostics/diagnostic.ts';
import { formatDiagnostic, splitLines } from '../lib/diagnostics/format-text.ts';
import { ANSWERS_LIMITS, parseAnswersFile } from '../lib/engine/answers-schema.ts';
import { checklistRules, type Checklist } from '../lib/engine/checklist.ts';
import { dateProblem } from '../lib/engine/names.ts';
import { checklistFromAnswers, type Playbook, type RunInfo } from '../lib/engine/playbook.ts';
import { checklistFromContract, contractChecklistSource } from '../lib/engine/contract-checklist.ts';
import { INCIDENT_LIMITS, parseIncidentFile } from '../lib/engine/postmortem-schema.ts';
import { buildPostmortem, checkProgress, type Postmortem } from '../lib/engine/postmortem.ts';
import { UsageError } from './command.ts';
import { unreadableInput, type CliIo } from './io.ts';
import type { OptionValues } from './options.ts';
import { toolVersion } from './version.ts';


/** Input that cannot become a checklist: its diagnostics are printed and the command exits 2. */
export class Unusable extends Error {
  override name = 'Unusable';
  readonly diagnostics: Diagnostic[];
  readonly text: string | undefined;
  constructor(diagnostics: Diagnostic[], text: string | undefined, what: string) {
    super(what);
    this.diagnostics = diagnostics;
    this.text = text;
  }
}

/** The input options both commands take, declared once. */
export const INPUT_OPTIONS = {
  answers: {
    type: 'string',
    value: 'file',
    help: 'wizard answers (interlock-answers: 1), as saved by the wizard; "-" reads standard input',
  },
  contract: { type: 'string', value: 'file', help: 'a boundary contract; its facts pick the rules; "-" reads standard input' },
  scan: {
    type: 'boolean',
    help: 'with --contract: run the static probes over the code its sources: block names and mark each rule a probe answers passed or failed, with file:line evidence',
  },
  postmortem: {
    type: 'string',
    value: 'file',
    help: "an incident file: adds a blameless postmortem; failed checks and the fault class's unfinished checks become action items",
  },
  date: {
    type: 'string',
    value: 'YYYY-MM-DD',
    help: 'the date printed in the checklist header (default: today, UTC), for reproducible output',
  },
} as const;

/** What the command line names as input, after the checks both commands make. */
interface InputArgs {
  /** --answers or --contract, and its file (`-` for standard input). */
  source: { kind: 'answers' | 'contract'; file: string };
  postmortem?: string;
  /** Every input file, `-` for standard input. */
  files: string[];
  run: RunInfo;
}

/**
 * Checks the input options of `args`. `ownChecks` runs after the choice between --answers and --contract and before
 * the file checks, so a command line with several mistakes reports the same one first in both commands.
 */
export function inputArgs(args: { values: OptionValues<typeof INPUT_OPTIONS>; positionals: string[] }, ownChecks: () => void): InputArgs {
  const { answers, contract, postmortem, date, scan } = args.values;
  if (args.positionals.length > 0) throw new UsageError(`unexpected argument "${args.positionals[0]!.slice(0, 40)}": name the input with --answers or --contract`);
  if ((answers === undefined) === (contract === undefined)) throw new UsageError('give exactly one of --answers and --contract');
  ownChecks();
  if (scan && contract === undefined) throw new UsageError('--scan reads the code a contract names: use it with --contract');
  if (scan && contract === '-') throw new UsageError('--scan needs the contract as a file: its sources: paths are relative to it');
  if (date !== undefined && dateProblem(date) !== undefined) throw new UsageError(`--date ${date.slice(0, 40)} ${dateProblem(date) ?? ''}`);
  const source = answers !== undefined ? { kind: 'answers' as const, file: answers } : { kind: 'contract' as const, file: contract! };
  const files = [source.file, ...(postmortem !== undefined ? [postmortem] : [])];
  if (files.some((f) => f === '')) throw new UsageError('an input file name is empty');
  if (files.filter((f) => f === '-').length > 1) throw new UsageError('standard input ("-") can be read only once');
  const run = { date: date ?? new Date().toISOString().slice(0, 10), interlockVersion: toolVersion() };
  return postmortem !== undefined ? { source, postmortem, files, run } : { source, files, run };
}

/** Refuses an -o target that is one of the input files. */
export function refuseOverwrite(files: readonly string[], target: string, cwd: string): void {
  if (files.some((f) => f !== '-' && resolve(cwd, f) === target)) throw new UsageError('-o would overwrite an input file');
}

export function printDiagnostics(diagnostics: readonly Diagnostic[], text: string | undefined, io: CliIo): void {
  const lines = text === undefined ? undefined : splitLines(text);
  for (const d of diagnostics) io.stderr(`${formatDiagnostic(d, lines)}\n`);
}

export function readInput(file: string, maxBytes: number, io: CliIo): Uint8Array {
  const read = io.readBounded(file, maxBytes);
  if (read.ok) return read.bytes;
  const d = unreadableInput(file, read.reason);
  throw new Unusable([d], undefined, `${file} is unusable`);
}

/** The text for source excerpts under diagnostics; none when the bytes are not UTF-8 (the parser says so). */
export function decodeForExcerpt(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

interface ChecklistInput {
  checklist: Checklist;
  /** The user's contract text, when the checklist comes from one (the bundle copies it verbatim). */
  contract?: string;
  postmortem?: Postmortem;
}

/** Reads the inputs and builds the checklist (and postmortem); warnings go to standard error, unusable input throws Unusable. */
export function checklistInput(inputs: InputArgs, playbook: Playbook, io: CliIo): ChecklistInput {
  const extra = inputs.postmortem !== undefined ? ['incident'] : [];
  const { kind, file } = inputs.source;
  const source = kind === 'answers' ? fromAnswers(file, playbook, inputs.run, extra, io) : fromContract(file, playbook, inputs.run, extra, io);
  if (inputs.postmortem === undefined) return source;
  return { ...source, postmortem: postmortemFor(inputs.postmortem, source.checklist, playbook, io) };
}

function fromAnswers(file: string, playbook: Playbook, run: RunInfo, extraFacts: string[], io: CliIo): ChecklistInput {
  const bytes = readInput(file, ANSWERS_LIMITS.maxBytes, io);
  const parsed = parseAnswersFile(bytes, file, playbook.questionnaire);
  const text = decodeForExcerpt(bytes);
  if (parsed.answers === undefined) throw new Unusable(parsed.diagnostics, text, `${file} is unusable`);
  printDiagnostics(parsed.diagnostics, text, io);
  return { checklist: checklistFromAnswers(playbook, parsed.answers, run, extraFacts) };
}

function fromContract(file: string, playbook: Playbook, run: RunInfo, extraFacts: string[], io: CliIo): ChecklistInput {
  const bytes = readInput(file, DEFAULT_LIMITS.maxBytes, io);
  const parsed = parseWithinLimits(bytes, file);
  if (parsed.model === undefined || parsed.text === undefined) throw new Unusable(parsed.diagnostics, parsed.text, `${file} is unusable`);
  const checklist = checklistFromContract(playbook, contractChecklistSource(parsed.model, parsed.text, file), run, extraFacts);
  return { checklist, contract: parsed.text };
}

function postmortemFor(file: string, checklist: Checklist, playbook: Playbook, io: CliIo): Postmortem {
  const bytes = readInput(file, INCIDENT_LIMITS.maxBytes, io);
  const text = decodeForExcerpt(bytes);
  const ruleIds = new Set(playbook.rules.map((r) => r.id));
  const parsed = parseIncidentFile(bytes, file, playbook.faultClasses, ruleIds);
  if (parsed.incident === undefined || parsed.progress === undefined) throw new Unusable(parsed.diagnostics, text, `${file} is unusable`);
  const faultClass = playbook.faultClasses.find((c) => c.id === parsed.incident?.faultClass);
  if (faultClass === undefined) throw new Unusable(parsed.diagnostics, text, `${file} is unusable`);
  const inChecklist = new Set(checklistRules(checklist).map((r) => r.id));
  const warnings = checkProgress(parsed.progress, ruleIds, inChecklist).map((w): Diagnostic => {
    const at = parsed.locateRule?.(w.ruleId) ?? { line: 1, column: 1 };
    return { code: w.code, severity: w.severity, message: w.message, file, line: at.line, column: at.column };
  });
  printDiagnostics(warnings, text, io);
  return buildPostmortem(checklist, parsed.incident, faultClass, parsed.progress);
}
