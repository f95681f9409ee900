// interlock diagram: draw a contract's ownership map or a handle's lifecycle, as Mermaid text or as SVG.
import { plural } from '../../lib/output/words.ts';
import { checkContract } from '../../lib/contract/check.ts';
import { COST_LIMITS, DEFAULT_LIMITS } from '../../lib/contract/limits.ts';
import { compareDiagnostics } from '../../lib/diagnostics/diagnostic.ts';
import { formatDiagnostic, splitLines } from '../../lib/diagnostics/format-text.ts';
import { chooseDiagram } from '../../lib/diagram/contract-diagrams.ts';
import { DIAGRAM_KINDS, type Diagram } from '../../lib/diagram/diagram.ts';
import { defineCommand, EXIT, UsageError } from '../command.ts';
import { emitReport, unreadableInput } from '../io.ts';
import type { CliIo } from '../io.ts';
import { terminalText as shown } from '../../lib/output/terminal.ts';

const FORMATS = ['mermaid', 'svg'] as const;
const THEME_NAMES = ['light', 'dark'] as const;
type ThemeName = (typeof THEME_NAMES)[number];

/**
 * The SVG from the committed cache (the sample contracts) or the user's cache, rendered in a local browser
 * only when neither has it. Loaded lazily: the site bundles this file for the CLI reference page, and
 * nothing there should pull in a browser driver.
 */
async function svgFor(diagram: Diagram, theme: ThemeName, io: CliIo): Promise<string | undefined> {
  const [{ ensureDiagrams }, { COMMITTED_CACHE, userCacheDir }, { BrowserNotFoundError }] = await Promise.all([
    import('../../node/diagram/ensure.ts'),
    import('../../node/diagram/cache-store.ts'),
    import('../../node/browser/find-chromium.ts'),
  ]);
  const userCache = userCacheDir();
  try {
    const [result] = await ensureDiagrams([{ diagram, theme, label: diagram.title }], {
      cache: { lookIn: [COMMITTED_CACHE, userCache], storeIn: userCache },
      // The user's cache only saves the next run a render; failing to fill it is no reason to fail this one.
      onStoreError: (error) => io.stderr(`interlock diagram: note: the SVG was not cached (${error.message})\n`),
    });
    return result?.svg;
  } catch (error) {
    if (error instanceof BrowserNotFoundError) {
      io.stderr(`interlock diagram: this diagram is in no cache and must be rendered, but no browser was found.\n\n${error.message}\n`);
      return undefined;
    }
    // By name: importing the renderer's module for its class would load the browser driver.
    if (error instanceof Error && error.name === 'RenderTimeLimitError') {
      io.stderr(`interlock diagram: ${error.message}\n`);
      return undefined;
    }
    throw error;
  }
}

export const command = defineCommand({
  name: 'diagram',
  summary: 'Draw a contract as an ownership map or a handle lifecycle (Mermaid or SVG)',
  usage: 'interlock diagram [--kind ownership|lifecycle] [--type <Name>] [--format mermaid|svg] [--theme light|dark] [-o <file>] <contract.yaml>',
  arguments: [['<contract.yaml>', 'the contract to draw; "-" reads standard input']],
  options: {
    kind: {
      type: 'string',
      choices: DIAGRAM_KINDS,
      default: 'ownership',
      help: 'ownership (default): the Go heap, the C ABI and the Rust heap with every create, borrow, transfer, release and callback; lifecycle: one opaque handle from create to release as a sequence diagram',
    },
    type: { type: 'string', value: 'Name', help: 'the opaque type a lifecycle follows (needed when there are several)' },
    format: {
      type: 'string',
      short: 'f',
      choices: FORMATS,
      default: 'mermaid',
      help: 'mermaid (default): Mermaid text; svg: the rendered picture, read from the diagram cache or rendered in a local Chromium (never downloaded)',
    },
    theme: { type: 'string', choices: THEME_NAMES, help: 'light (default) or dark colours, for --format svg' },
    output: {
      type: 'string',
      short: 'o',
      value: 'file',
      help: 'write to this file instead of standard output: a file is replaced all or nothing, a FIFO or device is written into, a symbolic link is followed',
    },
  },
  help: [
    'Exit codes:',
    '  0  the diagram was written (lint findings, if any, are noted on standard error)',
    '  2  the contract is unusable (unreadable, not YAML, breaks the schema), the command line is wrong,',
    '     or an SVG had to be rendered and no browser was found; nothing is written',
  ].join('\n'),
  async run(args, io) {
    const { kind, format, type, output } = args.values;
    if (args.values.theme !== undefined && format !== 'svg') throw new UsageError('--theme applies only to --format svg');
    const theme = args.values.theme ?? 'light';
    if (output === '') throw new UsageError('-o needs a file name');
    if (args.positionals.length !== 1) throw new UsageError('name exactly one contract file');
    const file = args.positionals[0]!;

    const read = io.readBounded(file, DEFAULT_LIMITS.maxBytes);
    if (!read.ok) {
      const d = unreadableInput(file, read.reason);
      io.stderr(`${formatDiagnostic(d)}\ninterlock diagram: the contract is unusable; nothing was drawn\n`);
      return EXIT.unusable;
    }
    const result = checkContract(read.bytes, file);
    if (result.model === undefined) {
      const lines = result.text === undefined ? undefined : splitLines(result.text);
      const problems = [...result.parseDiagnostics].sort(compareDiagnostics);
      for (const d of problems) io.stderr(`${formatDiagnostic(d, lines)}\n`);
      io.stderr(`interlock diagram: the contract is unusable (${plural(problems.length, 'error')}); nothing was drawn\n`);
      return EXIT.unusable;
    }
    const choice = chooseDiagram(result.model, kind, type);
    if (!choice.ok) throw new UsageError(choice.problem);
    // Rendering costs grow faster than the contract: a large one is refused before a browser starts.
    const functions = result.model.functions.length;
    if (format === 'svg' && functions > COST_LIMITS.maxDiagramFunctions) {
      io.stderr(`interlock diagram: ${shown(file)} declares ${functions} functions; --format svg draws at most ${COST_LIMITS.maxDiagramFunctions} (--format mermaid has no such limit); nothing was drawn\n`);
      return EXIT.unusable;
    }

    const text = format === 'mermaid' ? choice.diagram.mermaid : await svgFor(choice.diagram, theme, io);
    if (text === undefined) return EXIT.unusable;
    const problem = emitReport(io, output, text);
    if (problem !== undefined) {
      io.stderr(`interlock diagram: cannot write ${shown(output ?? '-')}: ${problem}\n`);
      return EXIT.unusable;
    }
    if (result.findings.length > 0) {
      io.stderr(`interlock diagram: note: the contract has ${plural(result.findings.length, 'lint finding')}; run interlock check ${shown(file)} to see them\n`);
    }
    return EXIT.ok;
  },
});
