// interlock's entry point: picks the command, parses its options, runs it, returns the exit code.
// Nothing here throws to the caller: every failure becomes one line on stderr and exit code 2. Every command
// prints through the terminal encoder (encodedIo), command-line values in messages included.
import { parseArgs } from 'node:util';
import { EXIT, UsageError } from './command.ts';
import { terminalReport, terminalText } from '../lib/output/terminal.ts';
import { encodedIo } from './io.ts';
import type { CliIo } from './io.ts';
import { RepositoryError } from '../node/repository.ts';
import { commandHelp } from './help.ts';
import { declaredValues, parseArgsConfig } from './options.ts';
import { loadAllCommands, loadCommand } from './registry.ts';
import { toolVersion } from './version.ts';

async function topHelp(): Promise<string> {
  const commands = await loadAllCommands();
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'interlock: boundary contracts and audits for Go <-> Rust through cgo and a C ABI',
    '',
    'Usage: interlock <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Options:',
    '  --help      show help (also: interlock <command> --help)',
    '  --version   print the version',
    '',
    'Exit codes: 0 clean, 1 findings, 2 unusable input or usage error.',
    '',
  ].join('\n');
}

function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return terminalText((text.split('\n')[0] ?? '').slice(0, 300));
}

/** node:util parseArgs errors in our own words (its wording changes between Node versions). */
function argumentProblem(error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  const quoted = /'(-[^']*)'/.exec(oneLine(error))?.[1] ?? '';
  const names = quoted.match(/--?[A-Za-z0-9][\w-]*/g) ?? [];
  const option = names.find((n) => n.startsWith('--')) ?? names[0] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option "${terminalText(option.slice(0, 40))}"`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `option ${terminalText(option.slice(0, 40))} needs a value`;
  return oneLine(error);
}

export async function main(argv: readonly string[], rawIo: CliIo): Promise<number> {
  const io = encodedIo(rawIo);
  try {
    const [first, ...rest] = argv;
    if (first === undefined || first === '--help' || first === '-h') {
      (first === undefined ? io.stderr : io.stdout)(await topHelp());
      return first === undefined ? EXIT.unusable : EXIT.ok;
    }
    if (first === '--version' || first === '-v') {
      io.stdout(`${toolVersion()}\n`);
      return EXIT.ok;
    }
    if (first === 'help') {
      const target = rest[0] === undefined ? undefined : await loadCommand(rest[0]);
      if (rest[0] !== undefined && target === undefined) {
        io.stderr(`interlock: unknown command "${terminalText(rest[0].slice(0, 40))}" (see interlock --help)\n`);
        return EXIT.unusable;
      }
      io.stdout(target === undefined ? await topHelp() : commandHelp(target, io.siteUrl));
      return EXIT.ok;
    }
    const command = first.startsWith('-') ? undefined : await loadCommand(first);
    if (command === undefined) {
      io.stderr(`interlock: unknown command "${terminalText(first.slice(0, 40))}" (see interlock --help)\n`);
      return EXIT.unusable;
    }
    let parsed;
    try {
      parsed = parseArgs({ args: rest, options: parseArgsConfig(command.options), allowPositionals: true, strict: true });
    } catch (error) {
      io.stderr(`interlock ${command.name}: ${argumentProblem(error)} (see interlock ${command.name} --help)\n`);
      return EXIT.unusable;
    }
    if (parsed.values['help'] === true) {
      io.stdout(commandHelp(command, io.siteUrl));
      return EXIT.ok;
    }
    const declared = declaredValues(command.options, parsed.values);
    if ('problem' in declared) {
      io.stderr(`interlock ${command.name}: ${terminalText(declared.problem)} (see interlock ${command.name} --help)\n`);
      return EXIT.unusable;
    }
    try {
      return await command.run({ values: declared.values, positionals: parsed.positionals }, io);
    } catch (error) {
      if (error instanceof UsageError) {
        // A usage message is one line that may quote a command-line value (--type, --git): one line it stays.
        io.stderr(`interlock ${command.name}: ${terminalText(error.message)} (see interlock ${command.name} --help)\n`);
        return EXIT.unusable;
      }
      throw error;
    }
  } catch (error) {
    if (error instanceof RepositoryError) {
      // Interlock's own files are broken (an edited clone, a damaged install): say which, line by line.
      io.stderr(`interlock: ${terminalReport(error.message)}\n`);
      return EXIT.unusable;
    }
    io.stderr(`interlock: internal error: ${oneLine(error)}\n`);
    return EXIT.unusable;
  }
}
