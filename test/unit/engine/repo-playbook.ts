// Loads the real playbook (facts, rules, questions, fault classes) for the engine and export tests (not a test
// itself). Pattern folders are checked by the rules tests, so these tests do not depend on them.
import { RULE_IDS } from '../../../src/lib/contract/rules/index.ts';
import { loadPlaybook } from '../../../src/lib/engine/load-playbook.ts';
import type { Playbook } from '../../../src/lib/engine/playbook.ts';
import { formatDiagnostic } from '../../../src/lib/diagnostics/format-text.ts';
import { playbookSources } from '../../../src/node/playbook-files.ts';
import { ROOT } from '../rules/repo.ts';

export { ROOT };

export function repoPlaybook(): Playbook {
  const loaded = loadPlaybook({ ...playbookSources(ROOT), lintRules: new Set(RULE_IDS) });
  if (loaded.playbook === undefined) throw new Error(`the playbook does not load:\n${loaded.diagnostics.map((d) => formatDiagnostic(d)).join('\n')}`);
  return loaded.playbook;
}
