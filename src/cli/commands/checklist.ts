// interlock checklist: wizard answers or a contract -> the project's audit checklist (Markdown or JSON),
// optionally as a postmortem; the same engine and bytes as the wizard. Exit 0, or 2 on unusable input.
import { resolve } from 'node:path';
import { checklistJsonText } from '../../lib/export/json.ts';
import { checklistMarkdown, postmortemMarkdown } from '../../lib/export/markdown.ts';
import { writeFileAtomically } from '../../node/write-atomically.ts';
import { checklistInput, inputArgs, printDiagnostics, refuseOverwrite, shippedPlaybook, Unusable } from '../checklist-inputs.ts';
import { EXIT, UsageError } from '../command.ts';
import type { Command } from '../command.ts';

const FORMATS = ['md', 'json'] as const;
type Format = (typeof FORMATS)[number];

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
    const format = args.values['format'];
    const output = args.values['output'];
    const inputs = inputArgs(args, () => {
      if (typeof format !== 'string' || !(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
    });
    if (typeof output === 'string') {
      if (output === '' || output === '-') throw new UsageError('-o needs a file name (leave it out to print the checklist)');
      refuseOverwrite(inputs.files, resolve(io.cwd, output), io.cwd);
    }

    let text: string;
    try {
      const { checklist, postmortem } = checklistInput(inputs, shippedPlaybook(), io);
      if ((format as Format) === 'json') text = checklistJsonText(checklist, postmortem);
      else text = postmortem !== undefined ? postmortemMarkdown(checklist, postmortem) : checklistMarkdown(checklist);
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
