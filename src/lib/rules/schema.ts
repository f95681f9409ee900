// The audit rule file format (playbooks/rules/<ID>.yaml): one human-verifiable check with a stable ID.
import { z } from 'zod';
import { factId, seedPointId } from '../ids.ts';
import { ANSSI_IDS, PHASES, REFERENCE_HOSTS, RULE_AREAS, RULE_ID_PATTERN, SEVERITIES, VERIFY_PLACES } from './vocabulary.ts';

export const ruleId = z
  .string()
  .regex(RULE_ID_PATTERN, 'a rule ID looks like IL-OWN-001')
  .refine((s) => Object.hasOwn(RULE_AREAS, s.split('-')[1] ?? ''), `the area must be one of ${Object.keys(RULE_AREAS).join(', ')}`)
  .describe('Stable rule ID, IL-<AREA>-<NNN>; equal to the file name; never reused for another check.');

/** A fact ID as spelled in playbooks/facts.yaml; whether it exists there is checked by the catalogue. */
const kebab = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `at most ${max} characters`);

const when = z
  .strictObject({
    'all-of': z.array(factId).min(1).optional().describe('Every one of these facts must hold.'),
    'any-of': z.array(factId).min(1).optional().describe('At least one of these facts must hold.'),
  })
  .refine((w) => w['all-of'] !== undefined || w['any-of'] !== undefined, 'give all-of, any-of or both (leave `when` out for a rule that always applies)')
  .describe('The facts under which the rule applies; both lists must hold when both are given. Absent: the rule always applies.');

const verifyStep = z
  .strictObject({
    step: text(400).describe('What to check, as an instruction a reviewer can follow.'),
    run: z
      .string()
      .min(1)
      .max(2000)
      .refine((s) => !s.includes('```'), 'a command must not contain a Markdown fence')
      .refine((s) => s === s.trimEnd() && !s.startsWith('\n'), 'no leading or trailing blank lines')
      .optional()
      .describe('Shell commands (POSIX sh), one per line, run from the directory named by `in`.'),
    in: z
      .enum(VERIFY_PLACES)
      .optional()
      .describe('Where the commands run: go = the Go wrapper module, rust = the Rust crate, repo = the repository root.'),
  })
  .refine((s) => s.in === undefined || s.run !== undefined, { message: '`in` only makes sense with `run`', path: ['in'] })
  .describe('One verification step: an instruction, optionally with the commands that carry it out.');
export type VerifyStep = z.infer<typeof verifyStep>;

const reference = z
  .strictObject({
    title: text(120).describe('The page or section title as a reader will see it.'),
    url: z
      .url({ protocol: /^https$/, hostname: new RegExp(`^(${REFERENCE_HOSTS.map((h) => h.replace(/\./g, '\\.')).join('|')})$`) })
      .describe(`An https URL on one of: ${REFERENCE_HOSTS.join(', ')}.`),
  })
  .describe('A primary documentation page that backs the rule.');

export const rule = z
  .strictObject({
    id: ruleId,
    title: text(100).describe('The check, phrased as the state that must hold ("Every export catches panics").'),
    severity: z.enum(SEVERITIES).describe('critical: memory corruption or a crash; high: likely incident; medium: weakens detection or recovery; low: hygiene.'),
    phase: z.enum(PHASES).describe('When in the life of the boundary the check is done.'),
    when: when.optional(),
    rationale: text(1500).describe('Why the check matters at a Go <-> Rust boundary: the failure it prevents.'),
    verify: z.array(verifyStep).min(1, 'a rule needs at least one verification step').describe('How a reviewer verifies the rule holds.'),
    evidence: z.array(text(300)).min(1, 'say what to attach as evidence').describe('What to attach to the review or postmortem as proof.'),
    covers: z.array(seedPointId.describe('A seed point this rule puts into practice.')).min(1, 'name at least one seed point').describe('Seed points this rule puts into practice.'),
    patterns: z.array(z.string().regex(kebab, 'a pattern ID like opaque-handle')).default([]).describe('Pattern IDs (playbooks/patterns/<id>/) that show the check done right and wrong.'),
    lint: z.array(z.string().regex(kebab, 'a lint rule ID like panic-abort')).default([]).describe('Contract lint rule IDs that automate part of this check.'),
    anssi: z.array(z.enum(ANSSI_IDS)).default([]).describe('ANSSI Secure Rust Guidelines rule IDs this check applies.'),
    references: z.array(reference).min(1, 'cite at least one primary document').describe('Go and Rust documentation behind the rule.'),
  })
  .superRefine((r, ctx) => {
    const lists = { covers: r.covers, patterns: r.patterns, lint: r.lint, anssi: r.anssi as readonly string[] };
    for (const [key, list] of Object.entries(lists)) {
      list.forEach((v, i) => {
        if (list.indexOf(v) !== i) ctx.addIssue({ code: 'custom', path: [key, i], message: `"${v}" is listed twice` });
      });
    }
    for (const key of ['all-of', 'any-of'] as const) {
      const list = r.when?.[key] ?? [];
      list.forEach((v, i) => {
        if (list.indexOf(v) !== i) ctx.addIssue({ code: 'custom', path: ['when', key, i], message: `"${v}" is listed twice` });
      });
    }
  })
  .describe('One audit rule: a check with a stable ID, when it applies, how to verify it and what to keep as evidence.');

export type AuditRule = z.output<typeof rule>;
