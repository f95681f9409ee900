// The onboarding path that drives Previous/Next and "Step n of 10" is the numbered list on the Start here
// page, link for link and step for step: a page that changes one without the other fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ONBOARDING_STEPS, onboardingPath, onboardingPlace, readingMinutes } from '../../../src/site/onboarding.ts';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const startHere = readFileSync(`${REPO}content/docs/start-here.mdx`, 'utf8');

/** The numbered list under "## The path": each item's links, in order. */
function listedSteps(): string[][] {
  const section = startHere.split('\n## The path\n')[1]!.split('\n## ')[0]!;
  const steps: string[][] = [];
  for (const line of section.split('\n')) {
    if (/^\d+\. /.test(line)) steps.push([]);
    else if (!/^\s+\S/.test(line)) continue;
    for (const m of line.matchAll(/\]\(\/([^)#]+?)\/\)/g)) steps.at(-1)!.push(m[1]!);
  }
  return steps;
}

test('the steps and their pages are exactly the Start here list', () => {
  assert.deepEqual(ONBOARDING_STEPS.map((s) => [...s.pages]), listedSteps());
});

test('every page on the path exists in content/docs', () => {
  for (const id of onboardingPath()) assert.ok(existsSync(`${REPO}content/docs/${id}.mdx`), id);
});

test('places: Start here opens the path, a middle page links both ways, the last has no Next', () => {
  assert.deepEqual(onboardingPlace('start-here'), { step: 0, steps: 10, next: 'memory-models/go-runtime' });
  assert.deepEqual(onboardingPlace('boundary-contracts/what-to-write-down'), { step: 2, steps: 10, prev: 'memory-models/cleanups-and-finalizers', next: 'boundary-contracts/ownership-diagrams' });
  assert.deepEqual(onboardingPlace('reference/glossary'), { step: 10, steps: 10, prev: 'reference/fault-modes' });
  assert.equal(onboardingPlace('run-for-your-team'), undefined);
});

test('reading time counts prose words at 200 a minute, not frontmatter, code or markup', () => {
  const words = (n: number): string => Array.from({ length: n }, () => 'word').join(' ');
  assert.equal(readingMinutes(`---\ntitle: ${words(500)}\n---\n${words(200)}`), 1);
  assert.equal(readingMinutes(`${words(201)}\n\`\`\`go\n${words(1000)}\n\`\`\`\n<PatternCode file="x" />`), 2);
  assert.equal(readingMinutes(''), 1);
});
