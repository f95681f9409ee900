// interlock diff: classify every change between two versions of a boundary contract, check the ABI version
// bump, and print text, a pull-request comment (md) or JSON; --git reads the base from a revision.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { isAbsolute, join, posix, relative, resolve, sep } from 'node:path';
import { plural } from '../../lib/output/words.ts';
import { parseWithinLimits } from '../../lib/contract/check.ts';
import { DEFAULT_LIMITS } from '../../lib/contract/limits.ts';
import { formatDiagnostic, splitLines } from '../../lib/diagnostics/format-text.ts';
import type { TargetedChecklistSource } from '../../lib/diff/checklist.ts';
import { diffContracts } from '../../lib/diff/diff.ts';
import { formatJson } from '../../lib/diff/format-json.ts';
import { formatMarkdown } from '../../lib/diff/format-markdown.ts';
import { formatText } from '../../lib/diff/format-text.ts';
import type { LoadedSide } from '../../lib/diff/side.ts';
import { loadCatalogue, RULE_LIMITS } from '../../lib/rules/catalogue.ts';
import { loadRepository } from '../../node/repository.ts';
import { defineCommand, EXIT, UsageError } from '../command.ts';
import { emitReport, unreadableInput } from '../io.ts';
import type { CliIo } from '../io.ts';
import { docToken } from '../site-url.ts';
import { terminalText as shown } from '../../lib/output/terminal.ts';
import { toolVersion } from '../version.ts';

const FORMATS = ['text', 'md', 'json'] as const;


/** A revision git can resolve, and nothing that could read as an option or a path separator. */
const REVISION = /^[^-\s:\\][^\s:\\]{0,199}$/;

/** The base side of --git could not be read (no git, no such revision, no such file): print why, exit 2. */
class BaseUnavailable extends Error {
  override name = 'BaseUnavailable';
}

/** One side of the diff, behind the same cost caps as interlock check (lines, entries, functions, types). */
function loadSide(input: Uint8Array, file: string): LoadedSide {
  const parsed = parseWithinLimits(input, file);
  const out: LoadedSide = { diagnostics: parsed.diagnostics };
  if (parsed.text !== undefined) out.text = parsed.text;
  if (parsed.model !== undefined && parsed.locate !== undefined) out.side = { file, model: parsed.model, locate: parsed.locate };
  return out;
}

function readFile(file: string, io: CliIo): LoadedSide {
  const read = io.readBounded(file, DEFAULT_LIMITS.maxBytes);
  if (read.ok) return loadSide(read.bytes, file);
  return { diagnostics: [unreadableInput(file, read.reason)] };
}

type GitResult = { ok: true; stdout: Buffer } | { ok: false; status: number | null; missing: boolean; tooBig: boolean };

function git(cwd: string, args: string[], maxBuffer = 64 * 1024): GitResult {
  try {
    const stdout = execFileSync('git', args, { cwd, maxBuffer, timeout: 30_000, stdio: ['ignore', 'pipe', 'pipe'] });
    return { ok: true, stdout };
  } catch (error) {
    const e = error as { code?: string; status?: number | null };
    return { ok: false, status: e.status ?? null, missing: e.code === 'ENOENT', tooBig: e.code === 'ENOBUFS' };
  }
}

/** The base contract as `git show <ref>:<path>` prints it; every failure is one clear sentence. */
function readFromGit(ref: string, file: string, io: CliIo): LoadedSide {
  if (!REVISION.test(ref)) throw new UsageError('--git needs a revision such as main, origin/main, HEAD~1 or a commit hash');
  if (file === '-') throw new UsageError('--git reads the base from the repository, so the contract must be a file, not standard input');
  const inside = git(io.cwd, ['rev-parse', '--git-dir']);
  if (!inside.ok) {
    throw new BaseUnavailable(inside.missing ? 'git is not installed or not on PATH' : `${shown(io.cwd)} is not inside a git repository (run interlock diff --git from the repository that holds the contract)`);
  }
  const commit = git(io.cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  if (!commit.ok) throw new BaseUnavailable(`unknown git revision "${shown(ref)}" (fetch it first: shallow CI clones often lack the base branch)`);
  const sha = commit.stdout.toString('utf8').trim();
  const prefix = git(io.cwd, ['rev-parse', '--show-prefix']);
  const rel = (isAbsolute(file) ? relative(io.cwd, file) : file).split(sep).join('/');
  const repoPath = posix.normalize(`${prefix.ok ? prefix.stdout.toString('utf8').trim() : ''}${rel}`);
  if (repoPath === '..' || repoPath.startsWith('../') || posix.isAbsolute(repoPath)) throw new BaseUnavailable(`${shown(file)} is outside the git repository`);
  const name = `${ref}:${repoPath}`;
  const type = git(io.cwd, ['cat-file', '-t', `${sha}:${repoPath}`]);
  if (!type.ok) throw new BaseUnavailable(`${shown(repoPath)} does not exist in ${shown(ref)} (a new contract has no base: run interlock check on it instead)`);
  if (type.stdout.toString('utf8').trim() !== 'blob') throw new BaseUnavailable(`${shown(repoPath)} is not a file in ${shown(ref)}`);
  const show = git(io.cwd, ['show', `${sha}:${repoPath}`], DEFAULT_LIMITS.maxBytes + 1);
  if (!show.ok) {
    if (show.tooBig) {
      return { diagnostics: [{ code: 'input-too-large', severity: 'error', message: `the contract is larger than ${DEFAULT_LIMITS.maxBytes} bytes`, file: name, line: 1, column: 1 }] };
    }
    throw new BaseUnavailable(`git show ${shown(name)} failed (exit ${String(show.status)})`);
  }
  return loadSide(new Uint8Array(show.stdout), name);
}

/** The audit rules for the targeted checklist: the shipped catalogue, or the one under --rules <dir>. */
function checklistSource(rulesDir: string | undefined, io: CliIo): TargetedChecklistSource {
  const { playbook, factSummaries } = loadRepository();
  const summaries = Object.fromEntries(factSummaries);
  if (rulesDir === undefined) return { kind: 'rules', rules: playbook.rules };
  const dir = resolve(io.cwd, rulesDir);
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.yaml')).sort();
  } catch {
    throw new UsageError(`--rules ${shown(rulesDir)}: no such directory`);
  }
  // A folder with no rules leaves the checklist to the facts a change touches.
  if (names.length === 0) return { kind: 'facts', summaries };
  const files = names.map((n) => {
    const path = join(dir, n);
    const read = io.readBounded(path, RULE_LIMITS.maxBytes);
    return { path: relative(io.cwd, path).split(sep).join('/') || n, text: read.ok ? read.bytes : new Uint8Array() };
  });
  const catalogue = loadCatalogue(files, { knownFacts: playbook.facts });
  if (catalogue.diagnostics.length > 0) {
    io.stderr(`interlock diff: ${plural(catalogue.diagnostics.length, 'problem')} in the audit rules under ${shown(rulesDir)}; those rules are left out of the checklist\n`);
  }
  return { kind: 'rules', rules: catalogue.rules };
}

function printUnusable(loaded: LoadedSide, role: string, io: CliIo): void {
  const lines = loaded.text === undefined ? undefined : splitLines(loaded.text);
  for (const d of loaded.diagnostics) io.stderr(`${formatDiagnostic(d, lines)}\n`);
  io.stderr(`interlock diff: the ${role} contract is unusable (${plural(loaded.diagnostics.length, 'error')}); nothing was compared\n`);
}

export const command = defineCommand({
  name: 'diff',
  summary: 'Classify the changes between two versions of a boundary contract and check the ABI version bump',
  usage: 'interlock diff [--format text|md|json] [-o <file>] (<base.yaml> <head.yaml> | --git <revision> <contract.yaml>)',
  arguments: [
    ['<base.yaml> <head.yaml>', 'the old and the new contract ("-" reads one of them from standard input)'],
    ['<contract.yaml>', 'with --git: the new contract in the working tree'],
  ],
  options: {
    git: { type: 'string', value: 'revision', help: 'read the old contract with git show <revision>:<path> (a branch, tag or commit)' },
    format: {
      type: 'string',
      short: 'f',
      choices: FORMATS,
      default: 'text',
      help: 'text (default), md (a pull-request comment) or json (format interlock-diff/1)',
    },
    output: {
      type: 'string',
      short: 'o',
      value: 'file',
      help: 'write the report to <file>: a file is replaced atomically (a reader never sees half of it), a FIFO or device is written into, a symbolic link is followed; "-" is standard output',
    },
    rules: { type: 'string', value: 'dir', help: 'audit rules for the targeted checklist (default: the catalogue shipped with interlock)' },
  },
  help: [
    'Every change has a stable kind (function-removed, pass-changed, lifetime-changed, ...), a severity',
    '(breaking-abi, memory-safety, compatible), its path in the contract and line:column on each side.',
    'A change that breaks code built against the old contract needs a new ABI major version (an error',
    'without one); a compatible addition needs a new minor version (a warning without one).',
    '',
    'Exit codes:',
    '  0  no relevant change (none at all, or documentation and renames only)',
    '  1  audit needed: a change needs a targeted audit, or the version bump is wrong',
    '  2  unusable input (a contract is unreadable or invalid, the revision or path is unknown) or usage error',
    '',
    `Governance in CI: ${docToken('/governance/governance-in-ci/')}`,
  ].join('\n'),
  run(args, io) {
    const { format, git: ref, output, rules } = args.values;
    const files = args.positionals;
    if (ref !== undefined ? files.length !== 1 : files.length !== 2) {
      throw new UsageError(ref !== undefined ? 'with --git, name exactly one contract file' : 'name two contract files: the base and the head');
    }
    if (files.filter((f) => f === '-').length > 1) throw new UsageError('standard input ("-") can be read only once');
    if (output !== undefined) {
      if (output === '') throw new UsageError('-o needs a file name (leave it out to print the report)');
      const target = resolve(io.cwd, output);
      if (output !== '-' && files.some((f) => f !== '-' && resolve(io.cwd, f) === target)) throw new UsageError('-o would overwrite an input contract');
    }

    let base: LoadedSide;
    let head: LoadedSide;
    try {
      const [first = '', second = ''] = files;
      base = ref !== undefined ? readFromGit(ref, first, io) : readFile(first, io);
      head = readFile(ref !== undefined ? first : second, io);
    } catch (error) {
      if (!(error instanceof BaseUnavailable)) throw error;
      io.stderr(`interlock diff: ${error.message}\n`);
      return EXIT.unusable;
    }
    if (base.side === undefined || head.side === undefined) {
      if (base.side === undefined) printUnusable(base, 'base', io);
      if (head.side === undefined) printUnusable(head, 'head', io);
      return EXIT.unusable;
    }

    const source = checklistSource(rules, io);
    const report = diffContracts(base.side, head.side, source);
    let text: string;
    switch (format) {
      case 'md':
        text = formatMarkdown(report);
        break;
      case 'json':
        text = formatJson(report, { name: 'interlock', version: toolVersion() });
        break;
      default: {
        const sources: { base?: string; head?: string } = {};
        if (base.text !== undefined) sources.base = base.text;
        if (head.text !== undefined) sources.head = head.text;
        text = formatText(report, sources);
      }
    }
    const problem = emitReport(io, output, text);
    if (problem !== undefined) {
      io.stderr(`interlock diff: cannot write ${shown(output ?? '-')}: ${problem}\n`);
      return EXIT.unusable;
    }
    return report.exitCode;
  },
});
