// Loads the real playbook (facts, rules, questions, fault classes) for the engine and export tests (not a test
// itself). Pattern folders are checked by the rules tests, so these tests do not depend on them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULE_IDS } from '../../../src/lib/contract/rules/index.ts';
import { loadPlaybook } from '../../../src/lib/engine/load-playbook.ts';
import type { Playbook } from '../../../src/lib/engine/playbook.ts';
import { formatDiagnostic } from '../../../src/lib/diagnostics/format-text.ts';
import { ROOT, ruleFiles } from '../rules/repo.ts';

export { ROOT };

export function repoPlaybook(): Playbook {
  const read = (path: string) => ({ path, text: readFileSync(join(ROOT, path)) });
  const loaded = loadPlaybook({
    facts: read('playbooks/facts.yaml'),
    rules: ruleFiles(),
    questions: read('playbooks/questions.yaml'),
    faultClasses: read('playbooks/fault-classes.yaml'),
    lintRules: new Set(RULE_IDS),
  });
  if (loaded.playbook === undefined) throw new Error(`the playbook does not load:\n${loaded.diagnostics.map((d) => formatDiagnostic(d)).join('\n')}`);
  return loaded.playbook;
}
