// Prints how long checklist generation takes for the largest answer set (every fact), against a 5 ms budget.
// Run: npm exec -- node scripts/bench/checklist-bench.ts  (figures, not a test: it never fails a build)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULE_IDS } from '../../src/lib/contract/rules/index.ts';
import { parseAnswersFile } from '../../src/lib/engine/answers-schema.ts';
import { decodeFragment, encodeFragment } from '../../src/lib/engine/fragment.ts';
import { loadPlaybook } from '../../src/lib/engine/load-playbook.ts';
import { checklistFromAnswers } from '../../src/lib/engine/playbook.ts';
import { checklistJsonText } from '../../src/lib/export/json.ts';
import { checklistMarkdown } from '../../src/lib/export/markdown.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BUDGET_MS = 5;
const RUNS = 2000;

function time<T>(fn: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = fn();
  return { value, ms: performance.now() - start };
}

function stats(label: string, fn: () => unknown): { label: string; median: number; p95: number; max: number } {
  for (let i = 0; i < 200; i += 1) fn();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i += 1) samples.push(time(fn).ms);
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0;
  return { label, median: at(0.5), p95: at(0.95), max: samples[samples.length - 1] ?? 0 };
}

const read = (path: string) => ({ path, text: readFileSync(join(ROOT, path)) });
const rulesDir = join(ROOT, 'playbooks/rules');
const load = time(() =>
  loadPlaybook({
    facts: read('playbooks/facts.yaml'),
    rules: readdirSync(rulesDir).filter((f) => f.endsWith('.yaml')).sort().map((f) => read(`playbooks/rules/${f}`)),
    questions: read('playbooks/questions.yaml'),
    faultClasses: read('playbooks/fault-classes.yaml'),
    lintRules: new Set(RULE_IDS),
  }),
);
const playbook = load.value.playbook;
if (playbook === undefined) {
  console.error('the playbook does not load; run the unit tests for details');
  process.exit(1);
}
const answersText = readFileSync(join(ROOT, 'test/fixtures/engine/answers-full.yaml'));
const answers = parseAnswersFile(answersText, 'answers-full.yaml', playbook.questionnaire).answers;
if (answers === undefined) {
  console.error('test/fixtures/engine/answers-full.yaml does not parse');
  process.exit(1);
}
const run = { date: '2026-11-21', interlockVersion: '0.0.0' };
const checklist = checklistFromAnswers(playbook, answers, run);
const fragment = encodeFragment(answers, playbook.questionnaire);

const rows = [
  stats('answers -> facts -> checklist', () => checklistFromAnswers(playbook, answers, run)),
  stats('  + Markdown', () => checklistMarkdown(checklistFromAnswers(playbook, answers, run))),
  stats('  + JSON', () => checklistJsonText(checklistFromAnswers(playbook, answers, run))),
  stats('share link -> answers -> checklist', () => {
    const decoded = decodeFragment(fragment, playbook.questionnaire);
    return decoded.ok ? checklistFromAnswers(playbook, decoded.answers, run) : undefined;
  }),
  stats('answers.yaml text -> checklist', () => {
    const parsed = parseAnswersFile(answersText, 'answers-full.yaml', playbook.questionnaire);
    return parsed.answers !== undefined ? checklistFromAnswers(playbook, parsed.answers, run) : undefined;
  }),
];

console.log(`Checklist generation, largest answer set (${checklist.facts.length} facts, ${checklist.counts.total} of ${playbook.rules.length} rules), ${RUNS} runs each, Node ${process.versions.node}`);
console.log(`Playbook load (once per process): ${load.ms.toFixed(1)} ms for ${playbook.rules.length} rules, questions and fault classes`);
const width = Math.max(...rows.map((r) => r.label.length));
console.log(`${'step'.padEnd(width)}   median      p95      max   budget ${BUDGET_MS} ms`);
for (const r of rows) {
  const verdict = r.p95 < BUDGET_MS ? 'ok' : 'OVER';
  console.log(`${r.label.padEnd(width)}  ${r.median.toFixed(3).padStart(7)}  ${r.p95.toFixed(3).padStart(7)}  ${r.max.toFixed(3).padStart(7)}   ${verdict}`);
}
console.log(`Markdown ${checklistMarkdown(checklist).length} characters, JSON ${checklistJsonText(checklist).length} characters, share link ${fragment.length} characters`);
