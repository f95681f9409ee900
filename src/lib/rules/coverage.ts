// Which seed points the rule catalogue puts into practice, and which ones are deliberately left to the handbook.
import type { AuditRule } from './schema.ts';

/**
 * Seed points that state a fact or a background idea rather than ask for an action, so no audit rule
 * can back them; the handbook still covers them. Each entry says why. Every other seed point must be
 * covered by at least one rule (a unit test enforces it). Currently every point asks for something a
 * reviewer can check, so the list is empty; add an entry here rather than inventing a rule.
 */
export const NON_ACTIONABLE_SEEDS: Readonly<Record<string, string>> = {};

/** Rule IDs per seed point, for the coverage test and the rule index. */
export function rulesBySeed(rules: readonly AuditRule[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const r of rules) {
    for (const seed of r.covers) {
      const list = out.get(seed) ?? [];
      list.push(r.id);
      out.set(seed, list);
    }
  }
  return out;
}

/** Actionable seed points that no rule covers, in the order given. */
export function uncoveredSeeds(rules: readonly AuditRule[], seedIds: readonly string[], nonActionable: Readonly<Record<string, string>> = NON_ACTIONABLE_SEEDS): string[] {
  const covered = rulesBySeed(rules);
  return seedIds.filter((id) => !Object.hasOwn(nonActionable, id) && !covered.has(id));
}
