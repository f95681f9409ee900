// interlock bundle: answers or a contract -> a zip with the checklist, a contract, the pattern projects that apply
// and audit.sh; the same bytes as the wizard's Download zip. Written to a temporary file and renamed, or not at all.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
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
import { bundleFromChecklist, bundlePatternIds, BUNDLE_ROOT, type AvailablePattern } from '../../lib/export/bundle.ts';
import { readPatternFolder, readSharedFolder } from '../../node/bundle/pattern-files.ts';
import { loadPlaybooks, PlaybookError, REPO } from '../../node/bundle/playbooks.ts';
import { writeFileAtomically } from '../../node/write-atomically.ts';
import { EXIT, UsageError } from '../command.ts';
import type { Command } from '../command.ts';
import type { CliIo } from '../io.ts';
import { toolVersion } from '../version.ts';

/** Input that cannot become a bundle: its diagnostics are printed and the command exits 2. */
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

/** The playbook shipped with interlock, loaded and cross-checked exactly as `interlock checklist` loads it. */
function shippedPlaybook(): Playbook {
  const dir = join(REPO, 'playbooks');
  const read = (name: string) => ({ path: `playbooks/${name}`, text: readFileSync(join(dir, name)) });
  const rules = readdirSync(join(dir, 'rules'))
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ path: `playbooks/rules/${f}`, text: readFileSync(join(dir, 'rules', f)) }));
  const patterns = new Set(
    readdirSync(join(dir, 'patterns'), { withFileTypes: true })
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

function decode(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function printDiagnostics(diagnostics: readonly Diagnostic[], text: string | undefined, io: CliIo): void {
  const lines = text === undefined ? undefined : splitLines(text);
  for (const d of diagnostics) io.stderr(`${formatDiagnostic(d, lines)}\n`);
}

interface Source {
  checklist: Checklist;
  /** The user's contract, copied into the bundle verbatim (after it parsed). */
  contract?: string;
}

function fromAnswers(file: string, playbook: Playbook, run: { date: string; interlockVersion: string }, extraFacts: string[], io: CliIo): Source {
  const bytes = readInput(file, ANSWERS_LIMITS.maxBytes, io);
  const parsed = parseAnswersFile(bytes, file, playbook.questionnaire);
  const text = decode(bytes);
  if (parsed.answers === undefined) throw new Unusable(parsed.diagnostics, text, `${file} is unusable`);
  printDiagnostics(parsed.diagnostics, text, io);
  return { checklist: checklistFromAnswers(playbook, parsed.answers, run, extraFacts) };
}

function fromContract(file: string, playbook: Playbook, run: { date: string; interlockVersion: string }, extraFacts: string[], io: CliIo): Source {
  const bytes = readInput(file, DEFAULT_LIMITS.maxBytes, io);
  const parsed = parseContract(bytes, file);
  if (parsed.model === undefined || parsed.text === undefined) throw new Unusable(parsed.diagnostics, parsed.text, `${file} is unusable`);
  const lib = parsed.model.library;
  const checklist = checklistFromFacts(playbook, [...contractFacts(parsed.model), ...extraFacts], { project: lib.name, goModule: lib.goPackage, abi: lib.abi.text }, run);
  return { checklist, contract: parsed.text };
}

function postmortemFor(file: string, checklist: Checklist, playbook: Playbook, io: CliIo): Postmortem {
  const bytes = readInput(file, INCIDENT_LIMITS.maxBytes, io);
  const text = decode(bytes);
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

/** The files of the patterns the checklist calls for, read from the shipped pattern library. */
function loadPatternFiles(ids: readonly string[]): Record<string, AvailablePattern> {
  const library = loadPlaybooks(REPO).patterns;
  const out: Record<string, AvailablePattern> = {};
  for (const id of ids) {
    const found = library.get(id);
    if (found === undefined) continue;
    out[id] = { title: found.pattern.title, detectors: found.pattern.detectors, files: readPatternFolder(found.dir) };
  }
  return out;
}

export const command: Command = {
  name: 'bundle',
  summary: 'Write a zip with the checklist, a contract, the pattern projects that apply and an audit script',
  usage: 'interlock bundle (--answers <answers.yaml> | --contract <contract.yaml>) [--postmortem <incident.yaml>] [--date YYYY-MM-DD] -o <file.zip>',
  help: [
    'Options:',
    '  --answers <file>         wizard answers (interlock-answers: 1); must name the project; "-" reads standard input',
    '  --contract <file>        a boundary contract; it is copied into the bundle as contract.yaml',
    '  --postmortem <file>      an incident file: adds POSTMORTEM.md and the postmortem to checklist.json',
    '  --date <YYYY-MM-DD>      the date in the checklist header (default: today, UTC), for reproducible output',
    '  -o, --output <file>      the zip to write (required); written to a temporary file, then renamed',
    '  -h, --help               show this help',
    '',
    `The zip unpacks into ${BUNDLE_ROOT}/: README.md, CHECKLIST.md, checklist.json, contract.yaml (yours, or a`,
    'skeleton written from the answers), patterns/<id>/ for each pattern that applies (with patterns/_shared/),',
    'and audit.sh, which builds each pattern and runs its detectors: sh audit.sh',
    '',
    'Exit codes:',
    '  0  the bundle was written',
    '  2  an input is unusable (unreadable, not YAML, invalid answers, no project name) or the command line is wrong',
  ].join('\n'),
  options: {
    answers: { type: 'string' },
    contract: { type: 'string' },
    postmortem: { type: 'string' },
    date: { type: 'string' },
    output: { type: 'string', short: 'o' },
  },
  run(args, io) {
    const answers = args.values['answers'];
    const contract = args.values['contract'];
    const incident = args.values['postmortem'];
    const date = args.values['date'];
    const output = args.values['output'];
    if (args.positionals.length > 0) throw new UsageError(`unexpected argument "${String(args.positionals[0]).slice(0, 40)}": name the input with --answers or --contract`);
    if ((typeof answers === 'string') === (typeof contract === 'string')) throw new UsageError('give exactly one of --answers and --contract');
    if (typeof output !== 'string' || output === '' || output === '-') throw new UsageError('-o <file.zip> is required: a zip is not written to the terminal');
    if (typeof date === 'string' && dateProblem(date) !== undefined) throw new UsageError(`--date ${date.slice(0, 40)} ${dateProblem(date) ?? ''}`);
    const input = (typeof answers === 'string' ? answers : contract) as string;
    const inputs = [input, ...(typeof incident === 'string' ? [incident] : [])];
    if (inputs.some((f) => f === '')) throw new UsageError('an input file name is empty');
    if (inputs.filter((f) => f === '-').length > 1) throw new UsageError('standard input ("-") can be read only once');
    const target = resolve(io.cwd, output);
    if (inputs.some((f) => f !== '-' && resolve(io.cwd, f) === target)) throw new UsageError('-o would overwrite an input file');

    const run = { date: typeof date === 'string' ? date : new Date().toISOString().slice(0, 10), interlockVersion: toolVersion() };
    let zip: Uint8Array;
    let summary: string;
    try {
      const playbook = shippedPlaybook();
      const extra = typeof incident === 'string' ? ['incident'] : [];
      const source = typeof answers === 'string' ? fromAnswers(answers, playbook, run, extra, io) : fromContract(input, playbook, run, extra, io);
      const pm = typeof incident === 'string' ? postmortemFor(incident, source.checklist, playbook, io) : undefined;
      const library = new Map([...loadPlaybooks(REPO).patterns].map(([id, p]) => [id, p.pattern.facts]));
      const ids = bundlePatternIds(source.checklist, pm, library);
      const result = bundleFromChecklist({
        checklist: source.checklist,
        ...(pm !== undefined ? { postmortem: pm } : {}),
        ...(source.contract !== undefined ? { contract: source.contract } : {}),
        toolVersion: run.interlockVersion,
        patterns: loadPatternFiles(ids),
        shared: readSharedFolder(REPO),
        library,
      });
      if (!result.ok) {
        io.stderr(`interlock bundle: ${result.problems.join('; ')}; no bundle was written\n`);
        return EXIT.unusable;
      }
      zip = result.zip;
      const n = source.checklist.counts.total;
      summary = `${result.paths.length} files, ${n} check${n === 1 ? '' : 's'}, pattern${ids.length === 1 ? '' : 's'}: ${ids.length > 0 ? ids.join(', ') : 'none'}`;
    } catch (error) {
      if (error instanceof PlaybookError) {
        io.stderr(`interlock bundle: ${error.message}\n`);
        return EXIT.unusable;
      }
      if (!(error instanceof Unusable)) throw error;
      printDiagnostics(error.diagnostics, error.text, io);
      io.stderr(`interlock bundle: ${error.message}; no bundle was written\n`);
      return EXIT.unusable;
    }
    const problem = writeFileAtomically(target, zip);
    if (problem !== undefined) {
      io.stderr(`interlock bundle: cannot write ${output}: ${problem}; no bundle was written\n`);
      return EXIT.unusable;
    }
    io.stdout(`wrote ${output} (${summary})\n`);
    return EXIT.ok;
  },
};
