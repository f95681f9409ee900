// The whole suite behind `npm test`: runs each stage in order and ends with one pass/fail summary.
import { spawn } from 'node:child_process';
import { stages, type Stage } from './stages.ts';
import { countResults, type Counts } from './support/count-results.ts';

interface StageResult {
  stage: Stage;
  ok: boolean;
  seconds: number;
  counts: Counts;
}

const only = process.argv.slice(2);
const selected = only.length ? stages.filter((stage) => only.includes(stage.id)) : stages;
const unknown = only.filter((id) => !stages.some((stage) => stage.id === id));
if (unknown.length) {
  console.error(`Unknown stage(s): ${unknown.join(', ')}. Stages: ${stages.map((s) => s.id).join(', ')}`);
  process.exit(2);
}

const results: StageResult[] = [];
for (const [index, stage] of selected.entries()) {
  console.log(`\n━━ [${index + 1}/${selected.length}] ${stage.title} (${stage.command.join(' ')})`);
  results.push(await runStage(stage));
  const last = results.at(-1)!;
  if (!last.ok && stage.blocksLaterStages) {
    console.log(`\n${stage.title} failed; later stages need it, so they are skipped.`);
    break;
  }
}
printSummary(results, selected.length);
process.exit(results.length === selected.length && results.every((r) => r.ok) ? 0 : 1);

function runStage(stage: Stage): Promise<StageResult> {
  const started = performance.now();
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(stage.command[0]!, stage.command.slice(1), {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: process.env.CI ? '0' : process.env.FORCE_COLOR, ...stage.env },
    });
    const relay = (chunk: Buffer, sink: NodeJS.WriteStream) => {
      output += chunk.toString();
      sink.write(chunk);
    };
    child.stdout.on('data', (chunk: Buffer) => relay(chunk, process.stdout));
    child.stderr.on('data', (chunk: Buffer) => relay(chunk, process.stderr));
    child.on('error', (error) => {
      console.error(`Could not start ${stage.command[0]}: ${error.message}`);
    });
    child.on('close', (code) => {
      const ok = code === 0;
      resolve({ stage, ok, seconds: (performance.now() - started) / 1000, counts: countResults(output, ok) });
    });
  });
}

function printSummary(done: StageResult[], planned: number): void {
  console.log('\n━━ Summary');
  const width = Math.max(...stages.map((s) => s.title.length));
  for (const result of done) {
    const verdict = result.ok ? 'PASS' : 'FAIL';
    const { passed, failed } = result.counts;
    console.log(
      `${verdict}  ${result.stage.title.padEnd(width)}  ${String(passed).padStart(4)} passed ${String(failed).padStart(3)} failed  ${result.seconds.toFixed(1).padStart(6)} s`,
    );
  }
  for (const skipped of selected.slice(done.length)) console.log(`SKIP  ${skipped.title}`);
  const passed = done.reduce((sum, r) => sum + r.counts.passed, 0);
  const failed = done.reduce((sum, r) => sum + r.counts.failed, 0) + (planned - done.length);
  console.log(`\n${passed} passed, ${failed} failed`);
}
