// interlock init --header: draft a contract from a C header (and the Rust crate), `todo` where the code is silent.
import { dirname, relative, sep } from 'node:path';
import { draftContract } from '../../lib/code/init-draft.ts';
import { formatDiagnostic } from '../../lib/diagnostics/format-text.ts';
import { measureLayouts, spelling } from '../../node/code/layout-probe.ts';
import { CodeReaderUnavailable } from '../../node/code/parser.ts';
import { scanSources } from '../../node/code/scan.ts';
import { writeOutput } from '../../node/write-atomically.ts';
import { EXIT, UsageError } from '../command.ts';
import type { Command } from '../command.ts';

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/** A source path as the contract stores it: relative to the contract file, forward slashes. */
function fromContract(path: string | undefined, out: string | undefined): string | undefined {
  if (path === undefined) return undefined;
  const rel = out !== undefined ? relative(dirname(out), path) : path;
  return rel.split(sep).join('/');
}

export const command: Command = {
  name: 'init',
  summary: 'Draft a contract from a C header (and the Rust crate), with todo where the code is silent',
  usage: 'interlock init --header <file.h> [--rust <crate/>] [--go <pkg/>] [--out <contract.yaml>]',
  help: [
    'Options:',
    '  --header <file>        the C header to read (required)',
    '  --rust <dir|file>      the Rust crate: confirms who allocates and frees, borrows and catch_unwind',
    '  --go <dir|file>        the Go package (recorded under sources: for interlock drift)',
    '  --out <file>           write the draft there (refuses to replace an existing file); default: standard output',
    '  -h, --help             show this help',
    '',
    'Every value the code does not show is written as `todo`: interlock check reports each one until it is',
    'replaced by a decision.',
    '',
    'Exit codes:',
    '  0  the draft was written',
    '  2  the header or crate is unreadable or has syntax errors, or the command line is wrong',
  ].join('\n'),
  options: { header: { type: 'string' }, rust: { type: 'string' }, go: { type: 'string' }, out: { type: 'string' } },
  async run(args, io) {
    const header = str(args.values['header']);
    if (header === undefined) throw new UsageError('name the header: --header include/x.h');
    if (args.positionals.length > 0) throw new UsageError('init takes no positional arguments');
    const rust = str(args.values['rust']);
    const go = str(args.values['go']);
    const out = str(args.values['out']);
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
    const sources = { header: fromContract(header, out)!, ...(rust !== undefined ? { rust: fromContract(rust, out)! } : {}), ...(go !== undefined ? { go: fromContract(go, out)! } : {}) };
    const h = scan.boundary.header;
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
    const problem = writeOutput(out, text);
    if (problem !== undefined) {
      io.stderr(`interlock init: cannot write ${out}: ${problem}\n`);
      return EXIT.unusable;
    }
    io.stdout(`wrote ${out}\n`);
    return EXIT.ok;
  },
};
