// The README's "What is in the box" counts are the repository's (pages, lint rules, patterns, probes, rules),
// and its list of the suite's stages is test/stages.ts's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PROBES } from '../../../src/lib/code/probes/index.ts';
import { RULES } from '../../../src/lib/contract/rules/index.ts';
import { stages } from '../../stages.ts';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const readme = readFileSync(`${REPO}README.md`, 'utf8');

function count(dir: string, keep: (name: string) => boolean): number {
  return readdirSync(`${REPO}${dir}`, { recursive: true, encoding: 'utf8' }).filter(keep).length;
}

test('every count in the README table is the number of things there are', () => {
  const pages = count('content/docs', (f) => f.endsWith('.mdx') && !/(^|\/)(404|index)\.mdx$/.test(f));
  const patterns = readdirSync(`${REPO}playbooks/patterns`, { withFileTypes: true }).filter((e) => e.isDirectory() && !e.name.startsWith('_')).length;
  const toolchainProbes = readdirSync(`${REPO}playbooks/patterns/_probes`, { withFileTypes: true }).filter((e) => e.isDirectory() && e.name !== 'probekit').length;
  const rules = count('playbooks/rules', (f) => /^IL-[A-Z]+-\d{3}\.yaml$/.test(f));
  assert.match(readme, new RegExp(`\\| ${pages} pages on `));
  assert.match(readme, new RegExp(`linted by ${RULES.length} rules`));
  assert.match(readme, new RegExp(`\\| ${patterns} runnable Rust \\+ Go projects`));
  assert.match(readme, new RegExp(`and ${toolchainProbes} toolchain probes`));
  assert.match(readme, new RegExp(`${PROBES.length} static probes`));
  assert.match(readme, new RegExp(`\\| ${rules} checks with severity`));
});

test('the README lists the stages of npm test that `npm test -- <id>` can name, in their order', () => {
  const listed = readme.match(/run only some stages of the suite \(([^)]*)\)/)?.[1];
  assert.equal(listed, stages.map((stage) => `\`${stage.id}\``).join(', '));
});
