// secret-zeroize: secret memory has a destroy function that wipes it, and is never copied across.
import type { ContractModel } from '../model.ts';
import type { LintRule, RuleContext } from './rule.ts';
import { typeIndex, valueSites } from './helpers.ts';

export const secretZeroize: LintRule = {
  meta: {
    id: 'secret-zeroize',
    title: 'Secrets are freed by a zeroizing destroy and never copied',
    severity: 'error',
    description:
      'A type with `secret: true` declares a `destroy` function (the one place that wipes it before freeing), and no value of that type is passed with `pass: copy`.',
    rationale:
      'Key material copied into a Go slice or string lives on in the Go heap until the collector reuses it (and may be moved, leaving copies behind). Keeping secrets in Rust-owned memory that one function zeroizes bounds where they can leak from.',
    facts: ['secret.zeroize'],
    covers: ['S0-23'],
    messages: {
      noDestroy: 'secret type {{type}} has no destroy function to zeroize it',
      secretCopied: '{{site}} copies the secret {{type}} across the boundary',
    },
    hints: {
      noDestroy: 'add destroy: <function that zeroizes, then frees>',
      secretCopied: 'borrow or transfer it, so the only copy stays where destroy can wipe it',
    },
  },
  check(model: ContractModel, ctx: RuleContext): void {
    const types = typeIndex(model);
    for (const t of model.types) {
      if (!('secret' in t) || !t.secret) continue;
      if (t.destroy === undefined) {
        ctx.report({ path: [...t.path, 'secret'], messageId: 'noDestroy', data: { type: t.name } });
      }
    }
    for (const site of valueSites(model)) {
      const t = types.get(site.value.type);
      if (t === undefined || !('secret' in t) || !t.secret || site.value.pass !== 'copy') continue;
      ctx.report({ path: [...site.value.path, 'pass'], messageId: 'secretCopied', data: { site: site.label, type: t.name } });
    }
  },
};
