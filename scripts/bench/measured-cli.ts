// Runs one interlock command in this process and prints its cost as JSON: CPU time (user + system, module
// loading included), peak resident memory, exit code and bytes printed. Used by limits-bench.ts.
// Usage: node scripts/bench/measured-cli.ts <interlock arguments...>
import { readBoundedFromDisk } from '../../src/cli/io.ts';
import { main } from '../../src/cli/main.ts';

let stdoutBytes = 0;
let stderrBytes = 0;
const code = await main(process.argv.slice(2), {
  stdout: (text) => {
    stdoutBytes += Buffer.byteLength(text);
  },
  stderr: (text) => {
    stderrBytes += Buffer.byteLength(text);
  },
  cwd: process.cwd(),
  readBounded: readBoundedFromDisk,
});
const usage = process.resourceUsage();
process.stdout.write(`${JSON.stringify({ code, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, maxRssMb: usage.maxRSS / 1024, stdoutBytes, stderrBytes })}\n`);
