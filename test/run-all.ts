// The whole suite behind `npm test`: runs the stages step by step (test/support/steps.ts) and ends with one
// pass/fail summary. A step of one stage streams its output; in a step of several, each stage's output is
// printed whole when it ends, so the log reads stage by stage.
import { spawn } from 'node:child_process';
import { stages, type Stage } from './stages.ts';
import { countResults, type Counts } from './support/count-results.ts';
import { inSteps } from './support/steps.ts';

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

const started = performance.now();
const results: StageResult[] = [];
for (const step of inSteps(selected)) {
  const live = step.length === 1;
  if (live) console.log(`\n━━ ${position(step)} ${step[0]!.title} (${step[0]!.command.join(' ')})`);
  else console.log(`\n━━ ${position(step)} ${step.map((s) => s.id).join(', ')}, at the same time; each one's output follows when it ends`);
  const done = await Promise.all(step.map((stage) => runStage(stage, live)));
  results.push(...done);
  const blocking = done.find((r) => !r.ok && r.stage.blocksLaterStages);
  if (blocking !== undefined) {
    console.log(`\n${blocking.stage.title} failed; later stages need it, so they are skipped.`);
    break;
  }
}
printSummary(results, (performance.now() - started) / 1000);
process.exit(results.length === selected.length && results.every((r) => r.ok) ? 0 : 1);

/** "[3/9]" for a stage, "[1-4/9]" for a step of several. */
function position(stages: readonly Stage[]): string {
  const first = selected.indexOf(stages[0]!) + 1;
  const last = selected.indexOf(stages.at(-1)!) + 1;
  return `[${first === last ? first : `${first}-${last}`}/${selected.length}]`;
}

function runStage(stage: Stage, live: boolean): Promise<StageResult> {
  const begun = performance.now();
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(stage.command[0]!, stage.command.slice(1), {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: process.env.CI ? '0' : process.env.FORCE_COLOR, ...stage.env },
    });
    const relay = (chunk: Buffer, sink: NodeJS.WriteStream) => {
      output += chunk.toString();
      if (live) sink.write(chunk);
    };
    child.stdout.on('data', (chunk: Buffer) => relay(chunk, process.stdout));
    child.stderr.on('data', (chunk: Buffer) => relay(chunk, process.stderr));
    child.on('error', (error) => {
      output += `Could not start ${stage.command[0]}: ${error.message}\n`;
      if (live) console.error(`Could not start ${stage.command[0]}: ${error.message}`);
    });
    child.on('close', (code) => {
      const ok = code === 0;
      const seconds = (performance.now() - begun) / 1000;
      if (!live) {
        console.log(`\n━━ ${position([stage])} ${stage.title} (${stage.command.join(' ')}): ${ok ? 'passed' : 'FAILED'} in ${seconds.toFixed(1)} s`);
        process.stdout.write(output.endsWith('\n') || output === '' ? output : `${output}\n`);
      }
      resolve({ stage, ok, seconds, counts: countResults(output, ok) });
    });
  });
}

function printSummary(done: StageResult[], seconds: number): void {
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
  const failed = done.reduce((sum, r) => sum + r.counts.failed, 0) + (selected.length - done.length);
  console.log(`\n${passed} passed, ${failed} failed`);
  // Stages of one step overlap, so this is less than the sum of the stage times above.
  console.log(`${seconds.toFixed(1)} s from the first stage's start to the last one's end`);
}
