// Worked examples for the CLI page: real `interlock` runs at build time, through the same main() the
// command uses, on files in this repository, so what the page shows is what the command prints today.
import { fileURLToPath } from 'node:url';
import { readBoundedFromDisk } from '../cli/io.ts';
import { main } from '../cli/main.ts';

const REPO = fileURLToPath(new URL('../../', import.meta.url));

export interface CliExample {
  /** What the example is for, one sentence. */
  why: string;
  argv: string[];
  /** Keep only the first lines of a long output (the page says how many were left out). */
  maxLines?: number;
}

interface CliExampleRun extends CliExample {
  command: string;
  output: string;
  exitCode: number;
}

export async function runExample(example: CliExample): Promise<CliExampleRun> {
  let out = '';
  const exitCode = await main(example.argv, {
    stdout: (text) => (out += text),
    stderr: (text) => (out += text),
    cwd: REPO,
    readBounded: readBoundedFromDisk,
  });
  let lines = out.trimEnd().split('\n');
  if (example.maxLines !== undefined && lines.length > example.maxLines) {
    const left = lines.length - example.maxLines;
    lines = [...lines.slice(0, example.maxLines), `… (${left} more lines)`];
  }
  return { ...example, command: `npx interlock ${example.argv.join(' ')}`, output: lines.join('\n'), exitCode };
}
