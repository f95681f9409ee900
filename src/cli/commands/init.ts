// interlock init --header: draft a contract from a C header (and the Rust crate), `todo` where the code is silent.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { draftContract } from '../../lib/code/init-draft.ts';
import { headerSubset } from '../../lib/code/header-subset.ts';
import { COST_LIMITS } from '../../lib/contract/limits.ts';
import { formatDiagnostic } from '../../lib/diagnostics/format-text.ts';
import { CI_KINDS, scaffoldFiles, type CiKind } from '../../lib/init/scaffold.ts';
import { terminalText } from '../../lib/output/terminal.ts';
import { measureLayouts, spelling } from '../../node/code/layout-probe.ts';
import { CodeReaderUnavailable } from '../../node/code/parser.ts';
import { scanSources } from '../../node/code/scan.ts';
import { writeOutput } from '../../node/write-atomically.ts';
import { defineCommand, EXIT, UsageError } from '../command.ts';
import type { CliIo } from '../io.ts';
import { toolVersion } from '../version.ts';

/** A source path as the contract stores it: relative to the contract file, forward slashes. */
function fromContract(path: string | undefined, out: string | undefined): string | undefined {
  if (path === undefined) return undefined;
  const rel = out !== undefined ? relative(dirname(out), path) : path;
  return rel.split(sep).join('/');
}

export const command = defineCommand({
  name: 'init',
  summary: 'Draft a contract from a C header (and the Rust crate), with todo where the code is silent',
  usage: 'interlock init --header <file.h> [--rust <crate/>] [--go <pkg/>] [--out <contract.yaml> [--ci github|gitlab]]',
  options: {
    header: { type: 'string', value: 'file', help: 'the C header to read (required), with the library headers it includes' },
    only: {
      type: 'string',
      value: 'p1,p2',
      help: 'draft only the functions whose names start with one of these prefixes (and the types they use), for a library larger than one contract; recorded as sources: only:',
    },
    rust: { type: 'string', value: 'dir|file', help: 'the Rust crate: confirms who allocates and frees, borrows and catch_unwind' },
    go: { type: 'string', value: 'dir|file', help: 'the Go package (recorded under sources: for interlock drift)' },
    out: { type: 'string', value: 'file', help: 'write the draft there (refuses to replace an existing file); default: standard output' },
    ci: {
      type: 'string',
      choices: CI_KINDS,
      value: 'github|gitlab',
      help: 'also write the CI that checks every change to the contract (a GitHub workflow or a GitLab job) and a README beside the contract; nothing is written if any file exists',
    },
  },
  help: [
    'Every value the code does not show is written as `todo`: interlock check reports each one until it is',
    'replaced by a decision.',
    '',
    'Exit codes:',
    '  0  the draft was written',
    '  2  the header or crate is unreadable or has syntax errors, or the command line is wrong',
  ].join('\n'),
  async run(args, io) {
    const { header, rust, go, out, ci } = args.values;
    if (header === undefined) throw new UsageError('name the header: --header include/x.h');
    if (args.positionals.length > 0) throw new UsageError('init takes no positional arguments');
    if (ci !== undefined && out === undefined) throw new UsageError('--ci needs --out: the CI watches the folder the contract is written to');
    let scan: Awaited<ReturnType<typeof scanSources>>;
    try {
      scan = await scanSources({ header, ...(rust !== undefined ? { rust } : {}), ...(go !== undefined ? { go } : {}) });
    } catch (error) {
      if (!(error instanceof CodeReaderUnavailable)) throw error;
      io.stderr(`interlock init: ${error.message}\n`);
      return EXIT.unusable;
    }
    if (scan.diagnostics.length > 0 || scan.boundary.header === undefined) {
      io.stderr(`${scan.diagnostics.map((d) => formatDiagnostic(d)).join('\n')}\ninterlock init: no draft written\n`);
      return EXIT.unusable;
    }
    const only = onlyPrefixes(args.values.only);
    const sources = { header: fromContract(header, out)!, ...(rust !== undefined ? { rust: fromContract(rust, out)! } : {}), ...(go !== undefined ? { go: fromContract(go, out)! } : {}), ...(only !== undefined ? { only } : {}) };
    const h = only !== undefined ? headerSubset(scan.boundary.header, only) : scan.boundary.header;
    const declared = h.functions.filter((f) => f.defined !== true).length;
    if (declared > COST_LIMITS.maxFunctions) {
      io.stderr(`interlock init: the header declares ${declared} functions, and one contract holds at most ${COST_LIMITS.maxFunctions}: draft a part of the library with --only <prefix>, once per part (see interlock init --help); no draft written\n`);
      return EXIT.unusable;
    }
    if (declared === 0) {
      io.stderr(`interlock init: no function of the header starts with ${only?.join(' or ') ?? 'anything'}; no draft written\n`);
      return EXIT.unusable;
    }
    // Sizes and alignments come from the compiler, never from arithmetic here; without one they stay todo.
    const structs = h.structs.filter((s) => s.fields !== undefined).map((s) => s.name);
    const measured = structs.length > 0 ? measureLayouts(h.file, structs.map((n) => spelling(h, n))) : undefined;
    if (measured !== undefined && !measured.ok) io.stderr(`interlock init: ${measured.note}\n`);
    const layouts = new Map(measured?.ok === true ? structs.map((n, i) => [n, measured.layouts[i]!] as const) : []);
    const text = draftContract({ ...scan.boundary, header: h }, sources, layouts);
    if (out === undefined) {
      io.stdout(text);
      return EXIT.ok;
    }
    return writeAll(plannedFiles(out, text, ci, io.cwd), io);
  },
});

/** `--only a_,b_`: C name prefixes, each a valid start of an identifier. */
function onlyPrefixes(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const prefixes = value.split(',').map((p) => p.trim()).filter(Boolean);
  const bad = prefixes.find((p) => !/^[A-Za-z_][A-Za-z0-9_]*$/.test(p));
  if (prefixes.length === 0 || bad !== undefined) throw new UsageError(`--only takes C name prefixes separated by commas, like wasmtime_store_,wasmtime_context_${bad !== undefined ? ` (not ${JSON.stringify(bad)})` : ''}`);
  return prefixes;
}

interface Planned {
  /** As the user reads it: relative to the working directory. */
  shown: string;
  text: string;
}

/** The draft, and with --ci the workflow and the README beside the contract, all relative to the repository. */
function plannedFiles(out: string, text: string, ci: CiKind | undefined, cwd: string): Planned[] {
  const contract = relative(cwd, resolve(cwd, out)).split(sep).join('/');
  const files = [{ shown: contract, text }];
  if (ci === undefined) return files;
  if (contract.startsWith('../') || isAbsolute(contract)) throw new UsageError('with --ci, --out must be inside the repository (the working directory), for example contracts/mylib.yaml');
  return [...files, ...scaffoldFiles({ contract, ci, version: toolVersion() }).map((f) => ({ shown: f.path, text: f.text }))];
}

/** Refuses before writing anything when one of the files exists; then writes each and says so. */
function writeAll(files: Planned[], io: CliIo): number {
  const existing = files.filter((f) => existsSync(resolve(io.cwd, f.shown))).map((f) => f.shown);
  if (existing.length > 0) {
    io.stderr(`interlock init: ${existing.map((f) => terminalText(f)).join(', ')} already ${existing.length === 1 ? 'exists' : 'exist'}; init never replaces a file, so nothing was written\n`);
    return EXIT.unusable;
  }
  for (const file of files) {
    const path = resolve(io.cwd, file.shown);
    mkdirSync(dirname(path), { recursive: true });
    const problem = writeOutput(path, file.text);
    if (problem !== undefined) {
      io.stderr(`interlock init: cannot write ${terminalText(file.shown)}: ${problem}\n`);
      return EXIT.unusable;
    }
    io.stdout(`wrote ${terminalText(file.shown)}\n`);
  }
  return EXIT.ok;
}
