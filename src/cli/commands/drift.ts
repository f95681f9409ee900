// interlock drift: compare a contract with the header, the Rust exports and the Go call sites; text, JSON or SARIF.
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_LIMITS } from '../../lib/contract/limits.ts';
import { parseWithinLimits } from '../../lib/contract/check.ts';
import { DRIFT_CODES } from '../../lib/code/codes.ts';
import { contractDrift } from '../../lib/code/contract-drift.ts';
import { contractSources } from '../../lib/code/contract-sources.ts';
import { sourceDrift } from '../../lib/code/drift.ts';
import { findingToDiagnostic, PROBES, runProbes } from '../../lib/code/probes/index.ts';
import { compareDiagnostics, countBySeverity } from '../../lib/diagnostics/diagnostic.ts';
import type { Diagnostic } from '../../lib/diagnostics/diagnostic.ts';
import { toJsonReport } from '../../lib/diagnostics/format-json.ts';
import type { FileReport } from '../../lib/diagnostics/format-json.ts';
import { formatDiagnostic } from '../../lib/diagnostics/format-text.ts';
import { relativeUri, toSarif } from '../../lib/diagnostics/sarif.ts';
import type { SarifRule } from '../../lib/diagnostics/sarif.ts';
import { jsonText } from '../../lib/output/json.ts';
import { layoutDrift } from '../../node/code/layout-probe.ts';
import { CodeReaderUnavailable } from '../../node/code/parser.ts';
import { scanSources } from '../../node/code/scan.ts';
import type { SourcePaths } from '../../node/code/scan.ts';
import { plural } from '../../lib/output/words.ts';
import { defineCommand, EXIT, UsageError, type ParsedArgs } from '../command.ts';
import type { OptionSpecs } from '../options.ts';
import { unreadableInput, type CliIo } from '../io.ts';
import { docToken } from '../site-url.ts';
import { toolVersion } from '../version.ts';

const FORMATS = ['text', 'json', 'sarif'] as const;

const OPTIONS = {
  header: {
    type: 'string',
    value: 'file',
    help: 'the C header both sides build against; the library headers it includes (found beside it or under its folder) are read too, with their decoration and declaration macros applied',
  },
  rust: { type: 'string', value: 'dir|file', help: 'the Rust crate (src/lib.rs and the modules it declares) or one .rs file' },
  go: { type: 'string', value: 'dir|file', help: 'the Go package directory (or one .go file) that calls the library' },
  features: { type: 'string', value: 'a,b', help: 'cargo features that are on (items under #[cfg(feature = ...)])' },
  tags: { type: 'string', value: 'a,b', help: 'Go build tags that are on (files under //go:build ...)' },
  probes: { type: 'boolean', help: 'also run the static probes over the Rust and Go code' },
  format: { type: 'string', short: 'f', choices: FORMATS, default: 'text', help: 'text (default), json, or sarif' },
} as const satisfies OptionSpecs;
type DriftArgs = ParsedArgs<typeof OPTIONS>;
const UNUSABLE = new Set(['code-unreadable', 'code-unparsable', 'input-unreadable']);

function driftCatalogue(siteUrl: string | undefined): SarifRule[] {
  const link = (path: string): { helpUri?: string } => (siteUrl === undefined ? {} : { helpUri: `${siteUrl}${path}` });
  const drift = Object.entries(DRIFT_CODES).map(([id, description]): SarifRule => ({ id, title: description.replace(/\.$/, ''), description, severity: 'error', ...link('/probes/#drift-codes') }));
  const probes = PROBES.map((p): SarifRule => ({ id: p.meta.id, title: p.meta.title, description: p.meta.description, severity: p.meta.severity, ...link(`/probes/${p.meta.id}/`) }));
  return [...drift, ...probes];
}

function uriFor(file: string, cwd: string): string {
  const rel = isAbsolute(file) ? relative(cwd, file) : file;
  if (isAbsolute(rel) || rel.startsWith(`..${sep}`) || rel === '..') return pathToFileURL(isAbsolute(file) ? file : join(cwd, file)).href;
  return relativeUri(rel.split(sep).join('/').replace(/^\.\//, ''));
}

/** Command-line paths win; otherwise the contract's `sources:`, relative to the contract file. */
function sourcePaths(args: DriftArgs, fromContract: SourcePaths, contractFile: string | undefined): SourcePaths {
  const base = contractFile !== undefined ? dirname(contractFile) : '.';
  const pick = (key: keyof SourcePaths): string | undefined => args.values[key] ?? (fromContract[key] !== undefined ? join(base, fromContract[key]) : undefined);
  const out: SourcePaths = {};
  for (const key of ['header', 'rust', 'go'] as const) {
    const p = pick(key);
    if (p !== undefined) out[key] = p;
  }
  return out;
}

function list(value: string | undefined): string[] {
  return (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);
}

interface Outcome {
  diagnostics: Diagnostic[];
  unusable: boolean;
  notes: string[];
}

async function drift(args: DriftArgs, io: CliIo): Promise<Outcome> {
  const contractFile = args.positionals[0];
  const diagnostics: Diagnostic[] = [];
  let parsed: ReturnType<typeof parseWithinLimits> | undefined;
  let fromContract: SourcePaths & { only?: string[] } = {};
  if (contractFile !== undefined) {
    const read = io.readBounded(contractFile, DEFAULT_LIMITS.maxBytes);
    if (!read.ok) return { diagnostics: [unreadableInput(contractFile, read.reason, 'the contract')], unusable: true, notes: [] };
    parsed = parseWithinLimits(read.bytes, contractFile);
    if (parsed.model === undefined) return { diagnostics: parsed.diagnostics, unusable: true, notes: [] };
    fromContract = contractSources(parsed.text!, contractFile);
  }
  const paths = sourcePaths(args, fromContract, contractFile);
  if (paths.header === undefined && paths.rust === undefined && paths.go === undefined) throw new UsageError('name the code to compare: --header, --rust, --go, or a contract with a sources: block');
  const scan = await scanSources(paths, { rustFeatures: list(args.values.features), goTags: list(args.values.tags) });
  diagnostics.push(...scan.diagnostics, ...sourceDrift(scan.boundary));
  const notes: string[] = [];
  if (parsed?.model !== undefined && parsed.locate !== undefined) {
    diagnostics.push(...contractDrift(parsed.model, parsed.locate, contractFile!, scan.boundary, fromContract.only));
    if (scan.boundary.header !== undefined && parsed.model.types.some((t) => t.kind === 'struct' && (t.size !== undefined || t.align !== undefined))) {
      const layout = layoutDrift(parsed.model, parsed.locate, contractFile!, scan.boundary.header);
      diagnostics.push(...layout.diagnostics);
      if (layout.note !== undefined) notes.push(layout.note);
    }
  }
  if (args.values.probes) diagnostics.push(...runProbes(scan.boundary).map(findingToDiagnostic));
  return { diagnostics: diagnostics.sort(compareDiagnostics), unusable: diagnostics.some((d) => UNUSABLE.has(d.code)), notes };
}

/** One report per file that has diagnostics, in diagnostic order. */
function byFile(diagnostics: readonly Diagnostic[]): FileReport[] {
  const files = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) files.set(d.file, [...(files.get(d.file) ?? []), d]);
  return [...files].map(([file, ds]) => ({ file, usable: !ds.some((d) => UNUSABLE.has(d.code)), diagnostics: ds }));
}

function textReport(o: Outcome): string {
  const out = o.diagnostics.map((d) => formatDiagnostic(d));
  const c = countBySeverity(o.diagnostics);
  out.push(...o.notes.map((n) => `note: ${n}`));
  out.push(c.error + c.warning === 0 ? 'drift: no differences' : `drift: ${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}`);
  return `${out.join('\n')}\n`;
}

export const command = defineCommand({
  name: 'drift',
  summary: 'Compare a contract with the C header, the Rust exports and the Go call sites',
  usage: 'interlock drift [--header h] [--rust crate/] [--go pkg/] [--probes] [--format text|json|sarif] [contract.yaml]',
  arguments: [['[contract.yaml]', 'the contract to compare; its sources: block names the code unless options do']],
  options: OPTIONS,
  help: [
    'Exit codes:',
    '  0  no differences (and no probe findings with --probes)',
    '  1  differences or probe findings',
    '  2  a contract or source file is unusable (unreadable, invalid, syntax error) or the command line is wrong',
    '',
    `Probes and codes: ${docToken('/probes/')}`,
  ].join('\n'),
  async run(args, io) {
    const { format } = args.values;
    if (args.positionals.length > 1) throw new UsageError('name at most one contract file');
    if (args.positionals[0] === '-') throw new UsageError('drift reads the contract from a file: its sources: paths are relative to it');
    let o: Outcome;
    try {
      o = await drift(args, io);
    } catch (error) {
      if (!(error instanceof CodeReaderUnavailable)) throw error;
      io.stderr(`interlock drift: ${error.message}\n`);
      return EXIT.unusable;
    }
    if (format === 'text') io.stdout(textReport(o));
    else if (format === 'json') io.stdout(toJsonReport({ name: 'interlock', version: toolVersion() }, byFile(o.diagnostics)));
    else io.stdout(jsonText(toSarif({ toolName: 'interlock', toolVersion: toolVersion(), ...(io.siteUrl !== undefined ? { informationUri: `${io.siteUrl}/` } : {}), rules: driftCatalogue(io.siteUrl), diagnostics: o.diagnostics, uriOf: (f) => uriFor(f, io.cwd) })));
    if (o.unusable) return EXIT.unusable;
    return o.diagnostics.length > 0 ? EXIT.findings : EXIT.ok;
  },
});
