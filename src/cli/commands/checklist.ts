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
import { checklistInput, decodeForExcerpt, INPUT_OPTIONS, inputArgs, printDiagnostics, readInput, refuseOverwrite, Unusable } from '../checklist-inputs.ts';
import { parseEvidence } from '../../lib/evidence/read.ts';
import type { EvidenceDoc } from '../../lib/evidence/schema.ts';
import { loadRepository } from '../../node/repository.ts';
import { defineCommand, EXIT, UsageError } from '../command.ts';

const FORMATS = ['md', 'json'] as const;

/** An evidence file for --evidence, parsed against its schema; unusable input throws Unusable. */
function readEvidence(file: string, io: CliIo): EvidenceDoc {
  const bytes = readInput(file, 4 * 1024 * 1024, io);
  const text = decodeForExcerpt(bytes);
  if (text === undefined) throw new Unusable([{ code: 'evidence-not-utf8', severity: 'error', message: 'the evidence file is not UTF-8 text', file, line: 1, column: 1 }], undefined, `${file} is unusable`);
  const parsed = parseEvidence(text, file);
  if (parsed.doc === undefined) throw new Unusable(parsed.diagnostics, text, `${file} is unusable`);
  return parsed.doc;
}

export const command = defineCommand({
  name: 'checklist',
  summary: 'Build the audit checklist for a boundary from wizard answers or a contract',
  usage: 'interlock checklist (--answers <answers.yaml> | --contract <contract.yaml> [--scan]) [--format md|json] [--postmortem <incident.yaml>] [--evidence <evidence.json>] [--date YYYY-MM-DD] [-o <file>]',
  options: {
    ...INPUT_OPTIONS,
    scan: { ...INPUT_OPTIONS.scan, help: `${INPUT_OPTIONS.scan.help} (md: a closing section; json: a "code" object on each answered item)` },
    format: {
      type: 'string',
      short: 'f',
      choices: FORMATS,
      default: 'md',
      help: 'md (default): Markdown task lists for an issue or pull request; json: see /schema/checklist-v1.json',
    },
    evidence: { type: 'string', value: 'file', help: '(Markdown only) show what interlock evidence run recorded under each check' },
    output: { type: 'string', short: 'o', value: 'file', help: 'write to <file> atomically instead of standard output' },
  },
  help: [
    'Exit codes:',
    '  0  the checklist was written (warnings, such as unanswered questions, go to standard error)',
    '  2  an input is unusable (unreadable, not YAML, invalid answers) or the command line is wrong',
  ].join('\n'),
  async run(args, io) {
    const { format, output, scan, evidence: evidenceFile } = args.values;
    const inputs = inputArgs(args, () => {
      if (evidenceFile !== undefined && format === 'json') throw new UsageError('--evidence adds to the Markdown checklist; the evidence file is already JSON');
    });
    if (output !== undefined) {
      if (output === '' || output === '-') throw new UsageError('-o needs a file name (leave it out to print the checklist)');
      refuseOverwrite(inputs.files, resolve(io.cwd, output), io.cwd);
    }

    let text: string;
    try {
      const { checklist, postmortem } = checklistInput(inputs, loadRepository().playbook, io);
      const code = scan ? await scanCode('checklist', inputs.source.file, checklist, io) : undefined;
      if (scan && code === undefined) {
        io.stderr('interlock checklist: the code could not be scanned; no checklist was written\n');
        return EXIT.unusable;
      }
      const evidence = evidenceFile !== undefined ? readEvidence(evidenceFile, io) : undefined;
      const options = { ...(io.siteUrl !== undefined ? { siteUrl: io.siteUrl } : {}), ...(evidence !== undefined ? { evidence } : {}) };
      if (format === 'json') text = checklistJsonText(checklist, postmortem, code?.evidence);
      else text = postmortem !== undefined ? postmortemMarkdown(checklist, postmortem, options) : checklistMarkdown(checklist, options);
      if (format === 'md' && code !== undefined) text += scanEvidenceMarkdown(code.evidence, code.unanswered);
    } catch (error) {
      if (!(error instanceof Unusable)) throw error;
      printDiagnostics(error.diagnostics, error.text, io);
      io.stderr(`interlock checklist: ${error.message}; no checklist was written\n`);
      return EXIT.unusable;
    }
    if (output !== undefined) {
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
});
