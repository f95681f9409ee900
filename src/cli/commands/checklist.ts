// interlock checklist: wizard answers or a contract -> the project's audit checklist (Markdown or JSON),
// optionally as a postmortem; the same engine and bytes as the wizard. Exit 0, or 2 on unusable input.
import { resolve } from 'node:path';
import { scanEvidenceMarkdown } from '../../lib/code/scan-evidence.ts';
import { scanCode } from '../scan-code.ts';
import type { CliIo } from '../io.ts';
import { checklistJsonText } from '../../lib/export/json.ts';
import { checklistMarkdown, postmortemMarkdown } from '../../lib/export/markdown.ts';
import { terminalText } from '../../lib/output/terminal.ts';
import { writeFileAtomically } from '../../node/write-atomically.ts';
import { checklistInput, decodeForExcerpt, inputArgs, printDiagnostics, readInput, refuseOverwrite, shippedPlaybook, Unusable } from '../checklist-inputs.ts';
import { parseEvidence } from '../../lib/evidence/read.ts';
import type { EvidenceDoc } from '../../lib/evidence/schema.ts';
import { EXIT, UsageError } from '../command.ts';
import type { Command } from '../command.ts';

const FORMATS = ['md', 'json'] as const;
type Format = (typeof FORMATS)[number];

/** An evidence file for --evidence, parsed against its schema; unusable input throws Unusable. */
function readEvidence(file: string, io: CliIo): EvidenceDoc {
  const bytes = readInput(file, 4 * 1024 * 1024, io);
  const text = decodeForExcerpt(bytes);
  if (text === undefined) throw new Unusable([{ code: 'evidence-not-utf8', severity: 'error', message: 'the evidence file is not UTF-8 text', file, line: 1, column: 1 }], undefined, `${file} is unusable`);
  const parsed = parseEvidence(text, file);
  if (parsed.doc === undefined) throw new Unusable(parsed.diagnostics, text, `${file} is unusable`);
  return parsed.doc;
}

export const command: Command = {
  name: 'checklist',
  summary: 'Build the audit checklist for a boundary from wizard answers or a contract',
  usage: 'interlock checklist (--answers <answers.yaml> | --contract <contract.yaml> [--scan]) [--format md|json] [--postmortem <incident.yaml>] [--evidence <evidence.json>] [--date YYYY-MM-DD] [-o <file>]',
  help: [
    'Options:',
    '  --answers <file>         wizard answers (interlock-answers: 1), as saved by the wizard; "-" reads standard input',
    '  --contract <file>        a boundary contract; its facts pick the rules; "-" reads standard input',
    '  -f, --format <format>    md (default): Markdown task lists for an issue or pull request; json: see /schema/checklist-v1.json',
    '  --scan                   with --contract: run the static probes over the code its sources: block names and mark',
    '                           each rule a probe answers passed or failed, with file:line evidence (md: a closing',
    '                           section; json: a "code" object on each answered item)',
    '  --postmortem <file>      an incident file: adds a blameless postmortem; failed checks and the fault class\'s',
    '                           unfinished checks become action items',
    '  --evidence <file>        (Markdown only) show what interlock evidence run recorded under each check',
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
    scan: { type: 'boolean', default: false },
    evidence: { type: 'string' },
  },
  async run(args, io) {
    const format = args.values['format'];
    const output = args.values['output'];
    const scan = args.values['scan'] === true;
    const inputs = inputArgs(args, () => {
      if (typeof format !== 'string' || !(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
      if (scan && typeof args.values['contract'] !== 'string') throw new UsageError('--scan reads the code a contract names: use it with --contract');
      if (scan && args.values['contract'] === '-') throw new UsageError('--scan needs the contract as a file: its sources: paths are relative to it');
      if (typeof args.values['evidence'] === 'string' && format === 'json') throw new UsageError('--evidence adds to the Markdown checklist; the evidence file is already JSON');
    });
    if (typeof output === 'string') {
      if (output === '' || output === '-') throw new UsageError('-o needs a file name (leave it out to print the checklist)');
      refuseOverwrite(inputs.files, resolve(io.cwd, output), io.cwd);
    }

    let text: string;
    try {
      const { checklist, postmortem } = checklistInput(inputs, shippedPlaybook(), io);
      const code = scan ? await scanCode('checklist', inputs.source.file, checklist, io) : undefined;
      if (scan && code === undefined) {
        io.stderr('interlock checklist: the code could not be scanned; no checklist was written\n');
        return EXIT.unusable;
      }
      const evidence = typeof args.values['evidence'] === 'string' ? readEvidence(args.values['evidence'], io) : undefined;
      const options = { ...(io.siteUrl !== undefined ? { siteUrl: io.siteUrl } : {}), ...(evidence !== undefined ? { evidence } : {}) };
      if ((format as Format) === 'json') text = checklistJsonText(checklist, postmortem, code?.evidence);
      else text = postmortem !== undefined ? postmortemMarkdown(checklist, postmortem, options) : checklistMarkdown(checklist, options);
      if ((format as Format) === 'md' && code !== undefined) text += scanEvidenceMarkdown(code.evidence, code.unanswered);
    } catch (error) {
      if (!(error instanceof Unusable)) throw error;
      printDiagnostics(error.diagnostics, error.text, io);
      io.stderr(`interlock checklist: ${error.message}; no checklist was written\n`);
      return EXIT.unusable;
    }
    if (typeof output === 'string') {
      const problem = writeFileAtomically(resolve(io.cwd, output), text);
      if (problem !== undefined) {
        io.stderr(`interlock checklist: cannot write ${terminalText(output)}: ${problem}\n`);
        return EXIT.unusable;
      }
    } else {
      io.stdout(text);
    }
    return EXIT.ok;
  },
};
