// interlock evidence: `run` executes the checklist's verify commands in the team's repository and records each
// one (command, folder, tools, exit code, time, SHA-256 of the kept output) in an evidence file; `verify`
// proves the kept outputs are still the ones recorded. Exit 0 all passed/intact, 1 a step failed or an output
// changed, 2 unusable input.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Checklist } from '../../lib/engine/checklist.ts';
import { logPath, planEvidence, type Places } from '../../lib/evidence/plan.ts';
import { parseEvidence } from '../../lib/evidence/read.ts';
import { EVIDENCE_SCHEMA_URL, type EvidenceDoc, type EvidenceStep } from '../../lib/evidence/schema.ts';
import { outputHash, verifyEvidence } from '../../lib/evidence/verify.ts';
import { jsonText } from '../../lib/output/json.ts';
import { terminalText } from '../../lib/output/terminal.ts';
import { runStep, toolVersions } from '../../node/evidence/run-step.ts';
import { writeFileAtomically } from '../../node/write-atomically.ts';
import { plural } from '../../lib/output/words.ts';
import { checklistInput, decodeForExcerpt, INPUT_OPTIONS, inputArgs, printDiagnostics, readInput, Unusable } from '../checklist-inputs.ts';
import { loadRepository } from '../../node/repository.ts';
import { defineCommand, EXIT, UsageError, type ParsedArgs } from '../command.ts';
import type { OptionSpecs } from '../options.ts';
import type { CliIo } from '../io.ts';

const MAX_EVIDENCE_BYTES = 4 * 1024 * 1024;

const OPTIONS = {
  answers: { ...INPUT_OPTIONS.answers, help: 'run: wizard answers, as for interlock checklist' },
  contract: { ...INPUT_OPTIONS.contract, help: 'run: a boundary contract, as for interlock checklist' },
  output: {
    type: 'string',
    short: 'o',
    value: 'file',
    help: 'run: the evidence file to write (required); it and its logs folder must not exist yet',
  },
  repo: { type: 'string', value: 'dir', help: 'run: the repository root (default: the current folder)' },
  go: { type: 'string', value: 'dir', help: "run: the Go module (default: the contract's sources:, else --repo)" },
  rust: { type: 'string', value: 'dir', help: "run: the Rust crate (default: the contract's sources:, else --repo)" },
  rule: { type: 'string', multiple: true, value: 'ID', help: "run: run only this rule's steps (repeatable)" },
  timeout: { type: 'string', value: 'seconds', help: 'run: the longest one step may run (default 900); it is then stopped and recorded' },
  date: { ...INPUT_OPTIONS.date, help: 'run: as for interlock checklist' },
} as const satisfies OptionSpecs;
type EvidenceArgs = ParsedArgs<typeof OPTIONS>;

export const command = defineCommand({
  name: 'evidence',
  summary: "Run a checklist's verify commands in your repository and record the results, or check a record",
  usage: 'interlock evidence run (--answers <answers.yaml> | --contract <contract.yaml>) -o <evidence.json> [options]\n       interlock evidence verify <evidence.json>',
  intro: [
    'run: every verify step of the checklist that has a command runs with /bin/sh in the folder its rule names',
    '(the repository root, the Go module or the Rust crate); each is recorded with its folder, start time,',
    'duration, exit code and the SHA-256 of its output, which is kept in <evidence>-logs/ beside the file.',
    '',
    'verify <evidence.json>: recomputes each kept output\'s SHA-256 and size and names any that changed.',
  ].join('\n'),
  options: OPTIONS,
  help: [
    'Exit codes:',
    '  0  every step exited 0 (run); every kept output matches its record (verify)',
    '  1  a step failed or timed out (run; the evidence is still written); an output is missing or changed (verify)',
    '  2  an input is unusable or the command line is wrong',
  ].join('\n'),
  run(args, io) {
    const [sub, ...rest] = args.positionals;
    if (sub === 'run') return runEvidence({ ...args, positionals: rest }, io);
    if (sub === 'verify') return verifyFile(rest, io);
    throw new UsageError(sub === undefined ? 'name a subcommand: run or verify' : `unknown subcommand "${sub.slice(0, 40)}": use run or verify`);
  },
});

/** The three folders a verify step may name, absolute. */
function placesFor(args: EvidenceArgs, checklist: Checklist, contractFile: string | undefined, cwd: string): Places {
  const given = (key: 'repo' | 'go' | 'rust'): string | undefined => {
    const value = args.values[key];
    return value !== undefined ? resolve(cwd, value) : undefined;
  };
  const repo = given('repo') ?? cwd;
  const base = contractFile !== undefined && contractFile !== '-' ? dirname(resolve(cwd, contractFile)) : undefined;
  const fromContract = (p: string | undefined): string | undefined => (p !== undefined && base !== undefined ? resolve(base, p) : undefined);
  return { repo, go: given('go') ?? fromContract(checklist.meta.paths?.go) ?? repo, rust: given('rust') ?? fromContract(checklist.meta.paths?.rust) ?? repo };
}

function runEvidence(args: EvidenceArgs, io: CliIo): number {
  const { output, timeout, answers, contract, date } = args.values;
  const inputs = inputArgs({ positionals: args.positionals, values: { answers, contract, date, postmortem: undefined, scan: false } }, () => {
    if (output === undefined || output === '' || output === '-') throw new UsageError('-o <evidence.json> is required: the evidence is a file with its logs beside it');
    if (timeout !== undefined && !/^[1-9]\d{0,5}$/.test(timeout)) throw new UsageError('--timeout must be a whole number of seconds, 1 or more');
  });
  const target = resolve(io.cwd, output!);
  const logsName = `${basename(target).replace(/\.json$/, '')}-logs`;
  const logsDir = join(dirname(target), logsName);
  for (const p of [target, logsDir]) if (existsSync(p)) throw new UsageError(`${terminalText(p)} exists: evidence is never overwritten, choose another -o`);
  let checklist: Checklist;
  try {
    checklist = checklistInput(inputs, loadRepository().playbook, io).checklist;
  } catch (error) {
    if (!(error instanceof Unusable)) throw error;
    printDiagnostics(error.diagnostics, error.text, io);
    io.stderr(`interlock evidence: ${error.message}; nothing was run\n`);
    return EXIT.unusable;
  }
  const places = placesFor(args, checklist, inputs.source.kind === 'contract' ? inputs.source.file : undefined, io.cwd);
  for (const [place, dir] of Object.entries(places)) if (!existsSync(dir)) throw new UsageError(`the ${place} folder ${terminalText(dir)} does not exist`);
  const plan = planEvidence(checklist, places, args.values.rule);
  if (plan.unknown.length > 0) throw new UsageError(`not on this checklist: ${plan.unknown.map((id) => terminalText(id)).join(', ')}`);
  const doc = record(plan.steps, checklist, logsName, logsDir, (timeout === undefined ? 900 : Number(timeout)) * 1000, io);
  const problem = writeFileAtomically(target, jsonText(doc));
  if (problem !== undefined) {
    rmSync(logsDir, { recursive: true, force: true });
    io.stderr(`interlock evidence: cannot write ${terminalText(output!)}: ${problem}\n`);
    return EXIT.unusable;
  }
  const failed = doc.steps.filter((s) => s.exitCode !== 0).length;
  io.stdout(`wrote ${terminalText(output!)}: ${plural(doc.steps.length, 'step')}, ${failed} failed; outputs in ${terminalText(logsName)}/\n`);
  return failed === 0 ? EXIT.ok : EXIT.findings;
}

/** Runs the plan, keeping outputs in a temporary folder renamed into place at the end: all of it or none. */
function record(steps: ReturnType<typeof planEvidence>['steps'], checklist: Checklist, logsName: string, logsDir: string, timeoutMs: number, io: CliIo): EvidenceDoc {
  const staging = `${logsDir}.partial-${process.pid}`;
  mkdirSync(staging, { recursive: true });
  const started = new Date().toISOString();
  const recorded: EvidenceStep[] = [];
  steps.forEach((step, i) => {
    io.stderr(`[${i + 1}/${steps.length}] ${step.rule} step ${step.step} (${step.in}) `);
    const ran = runStep(step, timeoutMs);
    const file = logPath(logsName, step);
    writeFileSync(join(staging, basename(file)), ran.output);
    io.stderr(`${ran.timedOut ? 'timed out' : ran.exitCode === 0 ? 'ok' : `exit ${ran.exitCode ?? 'signal'}`} ${(ran.durationMs / 1000).toFixed(1)}s\n`);
    recorded.push({
      rule: step.rule, step: step.step, in: step.in, command: step.command, cwd: step.cwd, started: ran.started, durationMs: ran.durationMs,
      exitCode: ran.timedOut ? null : ran.exitCode, timedOut: ran.timedOut, output: { file, bytes: ran.output.length, sha256: outputHash(ran.output) },
    });
  });
  renameSync(staging, logsDir);
  const m = checklist.meta;
  return {
    $schema: EVIDENCE_SCHEMA_URL, format: 'interlock-evidence', version: 1, project: m.project ?? null, interlock: m.interlockVersion,
    checklist: { kind: m.input.kind, hash: m.input.hash }, started, tools: toolVersions(), steps: recorded,
  };
}

function verifyFile(positionals: string[], io: CliIo): number {
  if (positionals.length !== 1) throw new UsageError('name one evidence file: interlock evidence verify <evidence.json>');
  const file = positionals[0]!;
  let text: string | undefined;
  try {
    text = decodeForExcerpt(readInput(file, MAX_EVIDENCE_BYTES, io));
  } catch (error) {
    if (!(error instanceof Unusable)) throw error;
    printDiagnostics(error.diagnostics, undefined, io);
    return EXIT.unusable;
  }
  if (text === undefined) {
    io.stderr(`${terminalText(file)}:1:1: error evidence-not-utf8: the evidence file is not UTF-8 text\n`);
    return EXIT.unusable;
  }
  const parsed = parseEvidence(text, file);
  if (parsed.doc === undefined) {
    printDiagnostics(parsed.diagnostics, text, io);
    return EXIT.unusable;
  }
  const base = dirname(resolve(io.cwd, file));
  const problems = verifyEvidence(parsed.doc, (f) => {
    try {
      return new Uint8Array(readFileSync(join(base, f)));
    } catch {
      return undefined;
    }
  });
  for (const p of problems) io.stderr(`${terminalText(file)}: ${terminalText(p.file)} ${terminalText(p.problem)}\n`);
  if (problems.length > 0) {
    io.stdout(`evidence TAMPERED or incomplete: ${problems.length} of ${plural(parsed.doc.steps.length, 'kept output')} ${problems.length === 1 ? 'differs' : 'differ'} from the record\n`);
    return EXIT.findings;
  }
  io.stdout(`evidence intact: ${plural(parsed.doc.steps.length, 'kept output')} ${parsed.doc.steps.length === 1 ? 'matches its' : 'match their'} SHA-256\n`);
  return EXIT.ok;
}
