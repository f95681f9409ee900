// interlock bundle: answers or a contract -> a zip with the checklist, a contract, the pattern projects that apply
// audit.sh for the team's code and the pattern lab; the same bytes as the wizard's Download zip. Written to a temporary file and renamed, or not at all.
import { resolve } from 'node:path';
import { bundleFromChecklist, bundlePatternIds, BUNDLE_ROOT, type AvailablePattern } from '../../lib/export/bundle.ts';
import { readPatternFolder, readSharedFolder } from '../../node/bundle/pattern-files.ts';
import { loadRepository } from '../../node/repository.ts';
import { writeOutput } from '../../node/write-atomically.ts';
import { terminalText as shown } from '../../lib/output/terminal.ts';
import { plural } from '../../lib/output/words.ts';
import { checklistInput, INPUT_OPTIONS, inputArgs, printDiagnostics, refuseOverwrite, Unusable } from '../checklist-inputs.ts';
import { defineCommand, EXIT, UsageError } from '../command.ts';
import { scanCode } from '../scan-code.ts';

/** The files of the patterns the checklist calls for, read from the shipped pattern library. */
function loadPatternFiles(ids: readonly string[]): Record<string, AvailablePattern> {
  const library = loadRepository().patterns;
  const out: Record<string, AvailablePattern> = {};
  for (const id of ids) {
    const found = library.get(id);
    if (found === undefined) continue;
    out[id] = { title: found.pattern.title, detectors: found.pattern.detectors, files: readPatternFolder(found.dir) };
  }
  return out;
}

export const command = defineCommand({
  name: 'bundle',
  summary: 'Write a zip with the checklist, a contract, the pattern projects that apply and an audit script',
  usage: 'interlock bundle (--answers <answers.yaml> | --contract <contract.yaml> [--scan]) [--postmortem <incident.yaml>] [--date YYYY-MM-DD] -o <file.zip>',
  options: {
    ...INPUT_OPTIONS,
    answers: { ...INPUT_OPTIONS.answers, help: 'wizard answers (interlock-answers: 1); must name the project; "-" reads standard input' },
    contract: { ...INPUT_OPTIONS.contract, help: 'a boundary contract; it is copied into the bundle as contract.yaml' },
    scan: {
      ...INPUT_OPTIONS.scan,
      help: 'with --contract: run the static probes over the code its sources: block names; the checklist in the zip marks each item a probe answers with its file:line evidence',
    },
    postmortem: { ...INPUT_OPTIONS.postmortem, help: 'an incident file: adds POSTMORTEM.md and the postmortem to checklist.json' },
    output: {
      type: 'string',
      short: 'o',
      value: 'file',
      help: 'the zip to write (required); a file is written to a temporary file, then renamed; a FIFO or device is written into; a symbolic link is followed',
    },
  },
  help: [
    `The zip unpacks into ${BUNDLE_ROOT}/: README.md, CHECKLIST.md, checklist.json, contract.yaml (yours, or a`,
    'skeleton written from the answers), audit.sh, which runs the detectors on YOUR code (sh audit.sh --go <module>',
    '--rust <crate>; defaults from the contract\'s sources:), and lab/ with lab.sh and Interlock\'s example projects',
    'for the patterns that apply (lab/patterns/<id>/): sh lab/lab.sh',
    '',
    'Exit codes:',
    '  0  the bundle was written',
    '  2  an input is unusable (unreadable, not YAML, invalid answers, no project name) or the command line is wrong',
  ].join('\n'),
  async run(args, io) {
    const { scan, output } = args.values;
    const inputs = inputArgs(args, () => {
      if (output === undefined || output === '' || output === '-') throw new UsageError('-o <file.zip> is required: a zip is not written to the terminal');
    });
    const target = resolve(io.cwd, output!);
    refuseOverwrite(inputs.files, target, io.cwd);

    let zip: Uint8Array;
    let summary: string;
    try {
      const source = checklistInput(inputs, loadRepository().playbook, io);
      const pm = source.postmortem;
      const library = new Map([...loadRepository().patterns].map(([id, p]) => [id, p.pattern.facts]));
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
        shared: readSharedFolder(loadRepository().root),
        library,
      });
      if (!result.ok) {
        io.stderr(`interlock bundle: ${result.problems.join('; ')}; no bundle was written\n`);
        return EXIT.unusable;
      }
      zip = result.zip;
      summary = `${plural(result.paths.length, 'file')}, ${plural(source.checklist.counts.total, 'check')}, ${ids.length === 1 ? 'pattern' : 'patterns'}: ${ids.length > 0 ? ids.join(', ') : 'none'}`;
    } catch (error) {
      if (!(error instanceof Unusable)) throw error;
      printDiagnostics(error.diagnostics, error.text, io);
      io.stderr(`interlock bundle: ${error.message}; no bundle was written\n`);
      return EXIT.unusable;
    }
    const problem = writeOutput(target, zip);
    if (problem !== undefined) {
      io.stderr(`interlock bundle: cannot write ${shown(output!)}: ${problem}; no bundle was written\n`);
      return EXIT.unusable;
    }
    io.stdout(`wrote ${shown(output!)} (${shown(summary)})\n`);
    return EXIT.ok;
  },
});
