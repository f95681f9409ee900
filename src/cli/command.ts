// The contract between main() and each command file in src/cli/commands/<name>.ts.
// Adding a command = adding one file that exports `command`; main() discovers it by name.
import type { ParseArgsOptionsConfig } from 'node:util';
import type { CliIo } from './io.ts';

export interface ParsedArgs {
  values: Record<string, string | boolean | Array<string | boolean> | undefined>;
  positionals: string[];
}

export interface Command {
  /** The word after `interlock`; equals the file name. */
  name: string;
  /** One line for `interlock --help`. */
  summary: string;
  /** `interlock check [options] <contract.yaml>...` */
  usage: string;
  /** The rest of `interlock <name> --help`: options and exit codes, already wrapped. */
  help: string;
  /** node:util parseArgs options (strict); `--help` is added for every command. */
  options: ParseArgsOptionsConfig;
  /** Returns the exit code: 0 success, 1 findings, 2 unusable input or usage error. */
  run(args: ParsedArgs, io: CliIo): Promise<number> | number;
}

/** Exit codes shared by every command. */
export const EXIT = { ok: 0, findings: 1, unusable: 2 } as const;

/** A usage problem: main() prints the message and `see interlock <cmd> --help`, exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
