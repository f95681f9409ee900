// interlock bundle: answers or a contract -> a zip with the checklist, a contract, the pattern projects that apply
// audit.sh for the team's code and the pattern lab; the same bytes as the wizard's Download zip. Written to a temporary file and renamed, or not at all.
import { resolve } from 'node:path';
import { bundleFromChecklist, bundlePatternIds, BUNDLE_ROOT, type AvailablePattern } from '../../lib/export/bundle.ts';
import { readPatternFolder, readSharedFolder } from '../../node/bundle/pattern-files.ts';
import { loadPlaybooks, PlaybookError, REPO } from '../../node/bundle/playbooks.ts';
import { writeOutput } from '../../node/write-atomically.ts';
import { terminalText as shown } from '../../lib/output/terminal.ts';
import { checklistInput, inputArgs, printDiagnostics, refuseOverwrite, shippedPlaybook, Unusable } from '../checklist-inputs.ts';
import { EXIT, UsageError } from '../command.ts';
import { scanCode } from '../scan-code.ts';
import type { Command } from '../command.ts';

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
  usage: 'interlock bundle (--answers <answers.yaml> | --contract <contract.yaml> [--scan]) [--postmortem <incident.yaml>] [--date YYYY-MM-DD] -o <file.zip>',
  help: [
    'Options:',
    '  --answers <file>         wizard answers (interlock-answers: 1); must name the project; "-" reads standard input',
    '  --contract <file>        a boundary contract; it is copied into the bundle as contract.yaml',
    '  --scan                   with --contract: run the static probes over the code its sources: block names; the',
    '                           checklist in the zip marks each item a probe answers with its file:line evidence',
    '  --postmortem <file>      an incident file: adds POSTMORTEM.md and the postmortem to checklist.json',
    '  --date <YYYY-MM-DD>      the date in the checklist header (default: today, UTC), for reproducible output',
    '  -o, --output <file>      the zip to write (required); a file is written to a temporary file, then renamed;',
    '                           a FIFO or device is written into; a symbolic link is followed',
    '  -h, --help               show this help',
    '',
    `The zip unpacks into ${BUNDLE_ROOT}/: README.md, CHECKLIST.md, checklist.json, contract.yaml (yours, or a`,
    'skeleton written from the answers), audit.sh, which runs the detectors on YOUR code (sh audit.sh --go <module>',
    '--rust <crate>; defaults from the contract\'s sources:), and lab/ with lab.sh and Interlock\'s example projects',
    'for the patterns that apply (lab/patterns/<id>/): sh lab/lab.sh',
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
    scan: { type: 'boolean', default: false },
  },
  async run(args, io) {
    const scan = args.values['scan'] === true;
    const output = args.values['output'];
    const inputs = inputArgs(args, () => {
      if (typeof output !== 'string' || output === '' || output === '-') throw new UsageError('-o <file.zip> is required: a zip is not written to the terminal');
      if (scan && typeof args.values['contract'] !== 'string') throw new UsageError('--scan reads the code a contract names: use it with --contract');
      if (scan && args.values['contract'] === '-') throw new UsageError('--scan needs the contract as a file: its sources: paths are relative to it');
    });
    const target = resolve(io.cwd, output as string);
    refuseOverwrite(inputs.files, target, io.cwd);

    let zip: Uint8Array;
    let summary: string;
    try {
      const source = checklistInput(inputs, shippedPlaybook(), io);
      const pm = source.postmortem;
      const library = new Map([...loadPlaybooks(REPO).patterns].map(([id, p]) => [id, p.pattern.facts]));
      const ids = bundlePatternIds(source.checklist, pm, library);
      const code = scan ? await scanCode('bundle', inputs.source.file, source.checklist, io) : undefined;
      if (scan && code === undefined) {
        io.stderr('interlock bundle: the code could not be scanned; no bundle was written\n');
        return EXIT.unusable;
      }
      const result = bundleFromChecklist({
        ...(code !== undefined ? { code } : {}),
        checklist: source.checklist,
        ...(pm !== undefined ? { postmortem: pm } : {}),
        ...(source.contract !== undefined ? { contract: source.contract } : {}),
        toolVersion: inputs.run.interlockVersion,
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
    const problem = writeOutput(target, zip);
    if (problem !== undefined) {
      io.stderr(`interlock bundle: cannot write ${shown(String(output))}: ${problem}; no bundle was written\n`);
      return EXIT.unusable;
    }
    io.stdout(`wrote ${shown(String(output))} (${shown(summary)})\n`);
    return EXIT.ok;
  },
};
