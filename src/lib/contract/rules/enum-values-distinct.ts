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
  },
  check(model: ContractModel, ctx: RuleContext): void {
    for (const t of model.types) {
      if (t.kind !== 'enum') continue;
      if (t.values.length === 0) {
        ctx.report({ path: [...t.path, 'values'], message: `enum ${t.name} has no values` });
        continue;
      }
      const [min, max] = RANGES[t.repr] ?? [0, 0];
      const byNumber = new Map<number, string>();
      for (const v of t.values) {
        if (v.value < min || v.value > max) {
          ctx.report({ path: v.path, message: `${t.name}.${v.name} = ${v.value} does not fit repr ${t.repr} (${min}..${max})`, hint: 'pick a wider repr or a smaller value' });
        }
        const other = byNumber.get(v.value);
        if (other !== undefined) {
          ctx.report({ path: v.path, message: `${t.name}.${v.name} has the same value (${v.value}) as ${t.name}.${other}`, hint: 'give every variant its own number' });
        } else {
          byNumber.set(v.value, v.name);
        }
      }
    }
  },
};
