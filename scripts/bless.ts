// Rewrites every lint rule's invalid.findings from what the rules report today, like clippy's `cargo bless`.
// Usage: npm run bless. Then read `git diff test/fixtures/contract/rules`: each changed line is a finding
// that moved, appeared or went away, and the `#~` marks in invalid.yaml still have to agree with it.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULES } from '../src/lib/contract/rules/index.ts';
import { caseFindings, findingLines, ruleCaseFile } from '../src/lib/contract/rule-cases.ts';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
let changed = 0;
for (const rule of RULES) {
  const source = join(repo, ruleCaseFile(rule.meta.id, 'invalid.yaml'));
  const golden = join(repo, ruleCaseFile(rule.meta.id, 'invalid.findings'));
  const text = `${findingLines(caseFindings(readFileSync(source, 'utf8'), ruleCaseFile(rule.meta.id, 'invalid.yaml'))).join('\n')}\n`;
  if (existsSync(golden) && readFileSync(golden, 'utf8') === text) continue;
  writeFileSync(golden, text);
  changed++;
  console.log(`blessed ${ruleCaseFile(rule.meta.id, 'invalid.findings')}`);
}
console.log(changed === 0 ? `${RULES.length} rule cases: nothing to bless` : `${changed} of ${RULES.length} rule cases blessed`);
