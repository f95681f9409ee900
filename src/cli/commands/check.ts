// interlock check: validate and lint boundary contracts; text, JSON or SARIF out; exit 0/1/2.
import { plural } from '../../lib/output/words.ts';
import { isAbsolute, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkCatalogue } from '../../lib/contract/catalogue.ts';
import { allDiagnostics, checkContract } from '../../lib/contract/check.ts';
import { contractFacts } from '../../lib/contract/facts.ts';
import { COST_LIMITS, DEFAULT_LIMITS } from '../../lib/contract/limits.ts';
import { terminalText } from '../../lib/output/terminal.ts';
import { compareDiagnostics, countBySeverity } from '../../lib/diagnostics/diagnostic.ts';
import { toJsonReport } from '../../lib/diagnostics/format-json.ts';
import type { FileReport } from '../../lib/diagnostics/format-json.ts';
import { formatDiagnostic, splitLines } from '../../lib/diagnostics/format-text.ts';
import { relativeUri, toSarif } from '../../lib/diagnostics/sarif.ts';
import { jsonText } from '../../lib/output/json.ts';
import { defineCommand, EXIT, UsageError } from '../command.ts';
import { unreadableInput, type CliIo } from '../io.ts';
import { docToken } from '../site-url.ts';
import { toolVersion } from '../version.ts';

const FORMATS = ['text', 'json', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

interface Checked {
  report: FileReport;
  lines?: string[];
}

function checkOne(file: string, io: CliIo): Checked {
  const read = io.readBounded(file, DEFAULT_LIMITS.maxBytes);
  if (!read.ok) {
    const d = unreadableInput(file, read.reason);
    return { report: { file, usable: false, diagnostics: [d] } };
  }
  const result = checkContract(read.bytes, file);
  const report: FileReport = { file, usable: result.model !== undefined, diagnostics: allDiagnostics(result).sort(compareDiagnostics) };
  if (result.model !== undefined) report.facts = contractFacts(result.model);
  return result.text !== undefined ? { report, lines: splitLines(result.text) } : { report };
}

function textReport(checked: readonly Checked[]): string {
  const out: string[] = [];
  const cap = COST_LIMITS.maxFindingsShown;
  for (const c of checked) {
    // A terminal or CI log gets the first findings of each file and a count of the rest; JSON and SARIF keep all.
    for (const d of c.report.diagnostics.slice(0, cap)) out.push(formatDiagnostic(d, c.lines));
    const rest = c.report.diagnostics.length - cap;
    if (rest > 0) out.push(`${terminalText(c.report.file)}: ... and ${plural(rest, 'more problem')} (interlock check --format json lists them all)`);
  }
  const counts = countBySeverity(checked.flatMap((c) => c.report.diagnostics));
  const unusable = checked.filter((c) => !c.report.usable).length;
  const problems = counts.error + counts.warning;
  let summary = `${plural(checked.length, 'contract')} checked: `;
  summary += problems === 0 ? 'no problems' : [counts.error > 0 ? plural(counts.error, 'error') : '', counts.warning > 0 ? plural(counts.warning, 'warning') : ''].filter(Boolean).join(', ');
  if (unusable > 0) summary += ` (${plural(unusable, 'contract')} unusable)`;
  out.push(summary);
  return `${out.join('\n')}\n`;
}

function uriFor(file: string, cwd: string): string {
  if (file === '-') return 'stdin';
  const rel = isAbsolute(file) ? relative(cwd, file) : file;
  if (isAbsolute(rel) || rel.startsWith(`..${sep}`) || rel === '..') return pathToFileURL(isAbsolute(file) ? file : `${cwd}${sep}${file}`).href;
  return relativeUri(rel.split(sep).join('/').replace(/^\.\//, ''));
}

export const command = defineCommand({
  name: 'check',
  summary: 'Validate boundary contracts and run the lint rules',
  usage: 'interlock check [--format text|json|sarif] <contract.yaml>...',
  arguments: [['<contract.yaml>...', 'contract files to check; "-" reads standard input']],
  options: {
    format: {
      type: 'string',
      short: 'f',
      choices: FORMATS,
      default: 'text',
      help: 'text (default), json, or sarif (SARIF 2.1.0 for GitHub code scanning)',
    },
  },
  help: [
    'Exit codes:',
    '  0  every contract is valid and lint-clean',
    '  1  lint findings (errors or warnings)',
    '  2  a contract is unusable (unreadable, not YAML, breaks the schema) or the command line is wrong',
    '',
    `Rules: ${docToken('/lint/')}`,
  ].join('\n'),
  run(args, io) {
    const format: Format = args.values.format;
    if (args.positionals.length === 0) throw new UsageError('name at least one contract file');
    if (args.positionals.filter((p) => p === '-').length > 1) throw new UsageError('standard input ("-") can be read only once');
    const checked = args.positionals.map((file) => checkOne(file, io));
    const reports = checked.map((c) => c.report);
    switch (format) {
      case 'text':
        io.stdout(textReport(checked));
        break;
      case 'json':
        io.stdout(toJsonReport({ name: 'interlock', version: toolVersion() }, reports));
        break;
      case 'sarif': {
        const rules = checkCatalogue(io.siteUrl);
        const sarif = toSarif({
          toolName: 'interlock',
          toolVersion: toolVersion(),
          ...(io.siteUrl !== undefined ? { informationUri: `${io.siteUrl}/` } : {}),
          rules,
          diagnostics: reports.flatMap((r) => r.diagnostics),
          uriOf: (file) => uriFor(file, io.cwd),
        });
        io.stdout(jsonText(sarif));
        break;
      }
    }
    if (reports.some((r) => !r.usable)) return EXIT.unusable;
    return reports.some((r) => r.diagnostics.length > 0) ? EXIT.findings : EXIT.ok;
  },
});
