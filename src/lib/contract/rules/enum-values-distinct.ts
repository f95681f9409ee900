// enum-values-distinct: enum values are distinct and fit the integer type that carries them.
import type { ContractModel } from '../model.ts';
import type { LintRule, RuleContext } from './rule.ts';

const RANGES: Readonly<Record<string, readonly [number, number]>> = {
  u8: [0, 255], i8: [-128, 127], u16: [0, 65535], i16: [-32768, 32767],
  u32: [0, 4294967295], i32: [-2147483648, 2147483647],
  u64: [0, Number.MAX_SAFE_INTEGER], i64: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
};

export const enumValuesDistinct: LintRule = {
  meta: {
    id: 'enum-values-distinct',
    title: 'Enum values are distinct and fit their representation',
    severity: 'error',
    description:
      'An enum has at least one value, no two names share a number, and every number fits the declared `repr` (i32 when omitted).',
    rationale:
      'Integer enums cross as bare numbers; the receiving side maps them back with a match or TryFrom. Two names for one number make that mapping ambiguous, and a value that does not fit the representation is truncated into a different, valid-looking variant. Transmuting an unknown number into a Rust enum is undefined behaviour.',
    facts: ['enum.integer'],
    covers: ['S1-08', 'S1-09'],
    messages: {
      noValues: 'enum {{enum}} has no values',
      outOfRange: '{{enum}}.{{variant}} = {{value}} does not fit repr {{repr}} ({{min}}..{{max}})',
      sameValue: '{{enum}}.{{variant}} has the same value ({{value}}) as {{enum}}.{{other}}',
    },
    hints: {
      outOfRange: 'pick a wider repr or a smaller value',
      sameValue: 'give every variant its own number',
    },
  },
  check(model: ContractModel, ctx: RuleContext): void {
    for (const t of model.types) {
      if (t.kind !== 'enum') continue;
      if (t.values.length === 0) {
        ctx.report({ path: [...t.path, 'values'], messageId: 'noValues', data: { enum: t.name } });
        continue;
      }
      const [min, max] = RANGES[t.repr] ?? [0, 0];
      const byNumber = new Map<number, string>();
      for (const v of t.values) {
        if (v.value < min || v.value > max) {
          ctx.report({ path: v.path, messageId: 'outOfRange', data: { enum: t.name, variant: v.name, value: v.value, repr: t.repr, min, max } });
        }
        const other = byNumber.get(v.value);
        if (other !== undefined) {
          ctx.report({ path: v.path, messageId: 'sameValue', data: { enum: t.name, variant: v.name, value: v.value, other } });
        } else {
          byNumber.set(v.value, v.name);
        }
      }
    }
  },
};
