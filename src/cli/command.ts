// The contract between main() and each command file in src/cli/commands/<name>.ts.
// Adding a command = adding one file that exports `command`; main() discovers it by name.
import type { CliIo } from './io.ts';
import type { OptionSpecs, OptionValues } from './options.ts';

export interface ParsedArgs<O extends OptionSpecs = OptionSpecs> {
  values: OptionValues<O>;
  positionals: string[];
}

export interface Command<O extends OptionSpecs = OptionSpecs> {
  /** The word after `interlock`; equals the file name. */
  name: string;
  /** One line for `interlock --help`. */
  summary: string;
  /** `interlock check [options] <contract.yaml>...` (one line per form). */
  usage: string;
  /** Help before the Arguments and Options sections, already wrapped (a command with subcommands). */
  intro?: string;
  /** The positional arguments, each with one paragraph of help. */
  arguments?: ReadonlyArray<readonly [string, string]>;
  /** Every option, declared once: parsing, help, choices and the types run() receives come from here. */
  options: O;
  /** The rest of `interlock <name> --help` after the options: notes and exit codes, already wrapped. */
  help: string;
  /** Returns the exit code: 0 success, 1 findings, 2 unusable input or usage error. */
  run(args: ParsedArgs<O>, io: CliIo): Promise<number> | number;
}

/** A command with its option values typed from its own declaration. */
export function defineCommand<const O extends OptionSpecs>(command: Command<O>): Command {
  return command as unknown as Command;
}

/** Exit codes shared by every command. */
export const EXIT = { ok: 0, findings: 1, unusable: 2 } as const;

/** A usage problem: main() prints the message and `see interlock <cmd> --help`, exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
