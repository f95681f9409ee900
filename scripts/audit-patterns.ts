// Builds and runs every pattern in playbooks/patterns/ and proves each detector does its job.
// Usage: npm exec -- node scripts/audit-patterns.ts [--pattern id] [--detector id] [--record]
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, USAGE } from './patterns/args.ts';
import { audit } from './patterns/audit.ts';
import { installInterruptHandler } from './patterns/run-detector.ts';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const log = (s: string): void => {
  process.stdout.write(`${s}\n`);
};

try {
  const o = parseArgs(process.argv.slice(2));
  if (o.help) {
    log(USAGE);
    process.exit(0);
  }
  installInterruptHandler(() => log('\ninterrupted: stopping the running detector...'));
  process.exitCode = await audit(repo, o, log);
} catch (e) {
  process.stderr.write(`audit-patterns: ${(e as Error).message}\n`);
  process.exitCode = 2;
}
