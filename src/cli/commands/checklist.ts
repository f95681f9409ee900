// interlock checklist: wizard answers or a contract -> the project's audit checklist (Markdown or JSON),
// optionally as a postmortem; the same engine and bytes as the wizard. Exit 0, or 2 on unusable input.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contractFacts } from '../../lib/contract/facts.ts';
import { DEFAULT_LIMITS } from '../../lib/contract/limits.ts';
import { parseContract } from '../../lib/contract/parse.ts';
import { RULE_IDS } from '../../lib/contract/rules/index.ts';
import type { Diagnostic } from '../../lib/diagnostics/diagnostic.ts';
import { formatDiagnostic, splitLines } from '../../lib/diagnostics/format-text.ts';
import { ANSWERS_LIMITS, parseAnswersFile } from '../../lib/engine/answers-schema.ts';
import { checklistRules, type Checklist } from '../../lib/engine/checklist.ts';
import { dateProblem } from '../../lib/engine/names.ts';
import { loadPlaybook } from '../../lib/engine/load-playbook.ts';
import { checklistFromAnswers, checklistFromFacts, type Playbook } from '../../lib/engine/playbook.ts';
import { INCIDENT_LIMITS, parseIncidentFile } from '../../lib/engine/postmortem-schema.ts';
import { buildPostmortem, checkProgress, type Postmortem } from '../../lib/engine/postmortem.ts';
import { checklistJsonText } from '../../lib/export/json.ts';
import { checklistMarkdown, postmortemMarkdown } from '../../lib/export/markdown.ts';
import { writeFileAtomically } from '../../node/write-atomically.ts';
import { EXIT, UsageError } from '../command.ts';
import type { Command } from '../command.ts';
import type { CliIo } from '../io.ts';
import { toolVersion } from '../version.ts';

const FORMATS = ['md', 'json'] as const;
type Format = (typeof FORMATS)[number];

const PLAYBOOKS = fileURLToPath(new URL('../../../playbooks/', import.meta.url));

/** Input that cannot become a checklist: its diagnostics are printed and the command exits 2. */
class Unusable extends Error {
  override name = 'Unusable';
  readonly diagnostics: Diagnostic[];
  readonly text: string | undefined;
  constructor(diagnostics: Diagnostic[], text: string | undefined, what: string) {
    super(what);
    this.diagnostics = diagnostics;
    this.text = text;
  }
}

/** The playbook shipped with interlock (rules, questions, fault classes), read from its own folder. */
function shippedPlaybook(): Playbook {
  const read = (name: string) => ({ path: `playbooks/${name}`, text: readFileSync(join(PLAYBOOKS, name)) });
  const rulesDir = join(PLAYBOOKS, 'rules');
  const rules = readdirSync(rulesDir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ path: `playbooks/rules/${f}`, text: readFileSync(join(rulesDir, f)) }));
  const patterns = new Set(
    readdirSync(join(PLAYBOOKS, 'patterns'), { withFileTypes: true })
      .filter((e) => e.isDirectory() && !e.name.startsWith('_'))
      .map((e) => e.name),
  );
  const loaded = loadPlaybook({
    facts: read('facts.yaml'),
    rules,
    questions: read('questions.yaml'),
    faultClasses: read('fault-classes.yaml'),
    patterns,
    lintRules: new Set(RULE_IDS),
  });
  if (loaded.playbook === undefined) throw new Unusable(loaded.diagnostics, undefined, 'the playbooks shipped with interlock are invalid');
  return loaded.playbook;
}

function readInput(file: string, maxBytes: number, io: CliIo): Uint8Array {
  const read = io.readBounded(file, maxBytes);
  if (read.ok) return read.bytes;
  const d: Diagnostic = { code: 'input-unreadable', severity: 'error', message: `cannot read ${file === '-' ? 'standard input' : 'the file'}: ${read.reason}`, file, line: 1, column: 1 };
  throw new Unusable([d], undefined, `${file} is unusable`);
}

function printDiagnostics(diagnostics: readonly Diagnostic[], text: string | undefined, io: CliIo): void {
  const lines = text === undefined ? undefined : splitLines(text);
  for (const d of diagnostics) io.stderr(`${formatDiagnostic(d, lines)}\n`);
}

function decodeForExcerpt(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function fromAnswers(file: string, playbook: Playbook, run: { date: string; interlockVersion: string }, extraFacts: string[], io: CliIo): Checklist {
  const bytes = readInput(file, ANSWERS_LIMITS.maxBytes, io);
  const parsed = parseAnswersFile(bytes, file, playbook.questionnaire);
  const text = decodeForExcerpt(bytes);
  if (parsed.answers === undefined) throw new Unusable(parsed.diagnostics, text, `${file} is unusable`);
  printDiagnostics(parsed.diagnostics, text, io);
  return checklistFromAnswers(playbook, parsed.answers, run, extraFacts);
}

function fromContract(file: string, playbook: Playbook, run: { date: string; interlockVersion: string }, extraFacts: string[], io: CliIo): Checklist {
  const bytes = readInput(file, DEFAULT_LIMITS.maxBytes, io);
  const parsed = parseContract(bytes, file);
  if (parsed.model === undefined) throw new Unusable(parsed.diagnostics, parsed.text, `${file} is unusable`);
  const lib = parsed.model.library;
  return checklistFromFacts(playbook, [...contractFacts(parsed.model), ...extraFacts], { project: lib.name, goModule: lib.goPackage, abi: lib.abi.text }, run);
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

export const command: Command = {
  name: 'checklist',
  summary: 'Build the audit checklist for a boundary from wizard answers or a contract',
  usage: 'interlock checklist (--answers <answers.yaml> | --contract <contract.yaml>) [--format md|json] [--postmortem <incident.yaml>] [--date YYYY-MM-DD] [-o <file>]',
  help: [
    'Options:',
    '  --answers <file>         wizard answers (interlock-answers: 1), as saved by the wizard; "-" reads standard input',
    '  --contract <file>        a boundary contract; its facts pick the rules; "-" reads standard input',
    '  -f, --format <format>    md (default): Markdown task lists for an issue or pull request; json: see /schema/checklist-v1.json',
    '  --postmortem <file>      an incident file: adds a blameless postmortem; failed and open items become action items',
    '  --date <YYYY-MM-DD>      the date printed in the header (default: today, UTC), for reproducible output',
    '  -o, --output <file>      write to <file> atomically instead of standard output',
    '  -h, --help               show this help',
    '',
    'Exit codes:',
    '  0  the checklist was written (warnings, such as unanswered questions, go to standard error)',
    '  2  an input is unusable (unreadable, not YAML, invalid answers) or the command line is wrong',
  ].join('\n'),
  options: {
    answers: { type: 'string' },
    contract: { type: 'string' },
    format: { type: 'string', short: 'f', default: 'md' },
    postmortem: { type: 'string' },
    date: { type: 'string' },
    output: { type: 'string', short: 'o' },
  },
  run(args, io) {
    const answers = args.values['answers'];
    const contract = args.values['contract'];
    const format = args.values['format'];
    const incident = args.values['postmortem'];
    const date = args.values['date'];
    const output = args.values['output'];
    if (args.positionals.length > 0) throw new UsageError(`unexpected argument "${String(args.positionals[0]).slice(0, 40)}": name the input with --answers or --contract`);
    if ((typeof answers === 'string') === (typeof contract === 'string')) throw new UsageError('give exactly one of --answers and --contract');
    if (typeof format !== 'string' || !(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
    if (typeof date === 'string' && dateProblem(date) !== undefined) throw new UsageError(`--date ${date.slice(0, 40)} ${dateProblem(date) ?? ''}`);
    const input = (typeof answers === 'string' ? answers : contract) as string;
    const inputs = [input, ...(typeof incident === 'string' ? [incident] : [])];
    if (inputs.some((f) => f === '')) throw new UsageError('an input file name is empty');
    if (inputs.filter((f) => f === '-').length > 1) throw new UsageError('standard input ("-") can be read only once');
    if (typeof output === 'string') {
      if (output === '' || output === '-') throw new UsageError('-o needs a file name (leave it out to print the checklist)');
      const target = resolve(io.cwd, output);
      if (inputs.some((f) => f !== '-' && resolve(io.cwd, f) === target)) throw new UsageError('-o would overwrite an input file');
    }

    const run = { date: typeof date === 'string' ? date : new Date().toISOString().slice(0, 10), interlockVersion: toolVersion() };
    let text: string;
    try {
      const playbook = shippedPlaybook();
      const extra = typeof incident === 'string' ? ['incident'] : [];
      const checklist = typeof answers === 'string' ? fromAnswers(answers, playbook, run, extra, io) : fromContract(input, playbook, run, extra, io);
      const pm = typeof incident === 'string' ? postmortemFor(incident, checklist, playbook, io) : undefined;
      if ((format as Format) === 'json') text = checklistJsonText(checklist, pm);
      else text = pm !== undefined ? postmortemMarkdown(checklist, pm) : checklistMarkdown(checklist);
    } catch (error) {
      if (!(error instanceof Unusable)) throw error;
      printDiagnostics(error.diagnostics, error.text, io);
      io.stderr(`interlock checklist: ${error.message}; no checklist was written\n`);
      return EXIT.unusable;
    }
    if (typeof output === 'string') {
      const problem = writeFileAtomically(resolve(io.cwd, output), text);
      if (problem !== undefined) {
        io.stderr(`interlock checklist: cannot write ${output}: ${problem}\n`);
        return EXIT.unusable;
      }
    } else {
      io.stdout(text);
    }
    return EXIT.ok;
  },
};
