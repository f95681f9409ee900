// The audit rule file format (playbooks/rules/<ID>.yaml): one human-verifiable check with a stable ID.
import { z } from 'zod';
import { factId, seedPointId } from '../ids.ts';

/** Phases in the order a checklist lists them: the life of a boundary from drawing board to postmortem. */
export const PHASES = ['design', 'implementation', 'testing', 'release', 'incident-follow-up'] as const;
export type Phase = (typeof PHASES)[number];

/** Severities from most to least urgent; a checklist orders items within a phase this way. */
export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
export type RuleSeverity = (typeof SEVERITIES)[number];

/**
 * ANSSI Secure Rust Guidelines rule IDs that a rule may cite. Only IDs checked against the guide's own
 * checklist are listed, so a typo or an invented ID fails validation instead of reaching a reader.
 */
export const ANSSI_IDS = [
  'FFI-CTYPE', 'FFI-TCONS', 'FFI-AUTOMATE', 'FFI-PFTYPE', 'FFI-CKNONROBUST', 'FFI-CKINRUST', 'FFI-NOREF',
  'FFI-CKREF', 'FFI-CKPTR', 'FFI-MARKEDFUNPTR', 'FFI-CKFUNPTR', 'FFI-NOENUM', 'FFI-R-OPAQUE', 'FFI-C-OPAQUE',
  'FFI-MEM-NODROP', 'FFI-MEM-OWNER', 'FFI-MEM-WRAPPING', 'FFI-NOPANIC', 'FFI-SAFEWRAPPING', 'FFI-CAPI',
  'MEM-FORGET', 'MEM-LEAK', 'MEM-INTOFROMRAW', 'MEM-ZERO', 'LANG-NOPANIC', 'LANG-ARITH', 'LANG-ARRINDEXING', 'LANG-ERRWRAP',
  'LANG-SYNC-TRAITS', 'LANG-DROP-SEC', 'DENV-LINTER',
] as const;

/** Where the ANSSI guide lists every rule ID with a link to its text. */
export const ANSSI_CHECKLIST_URL = 'https://anssi-fr.github.io/rust-guide/checklist.html';

/** Hosts a reference may point at: primary documentation only, never a blog that may move or rot. */
export const REFERENCE_HOSTS = [
  'pkg.go.dev', 'go.dev', 'doc.rust-lang.org', 'rust-lang.github.io', 'github.com', 'anssi-fr.github.io', 'sre.google',
  'semver.org', 'docs.github.com',
] as const;

/** IL-<AREA>-<NNN>: the area names the topic (see playbooks/rules/README.md), the number never changes meaning. */
export const RULE_ID_PATTERN = /^IL-[A-Z]{2,4}-\d{3}$/;

/** The areas a rule ID may use, with what each covers; the README lists the same table. */
export const RULE_AREAS = {
  OWN: 'ownership contract and who frees what',
  HDL: 'opaque handles and their lifecycle',
  BUF: 'buffers and strings crossing the boundary',
  CB: 'callbacks from Rust into Go',
  ERR: 'error translation',
  PAN: 'panic containment',
  THR: 'threads and concurrency',
  LAY: 'types, layout and alignment',
  ABI: 'ABI versioning, bindings and build metadata',
  TST: 'tests, detectors and CI',
  OPS: 'timeouts, resilience and observability',
  GOV: 'review, documentation and team process',
  INC: 'incidents and postmortems',
} as const;

export const ruleId = z
  .string()
  .regex(RULE_ID_PATTERN, 'a rule ID looks like IL-OWN-001')
  .refine((s) => Object.hasOwn(RULE_AREAS, s.split('-')[1] ?? ''), `the area must be one of ${Object.keys(RULE_AREAS).join(', ')}`)
  .describe('Stable rule ID, IL-<AREA>-<NNN>; equal to the file name; never reused for another check.');

/** A fact ID as spelled in playbooks/facts.yaml; whether it exists there is checked by the catalogue. */
const kebab = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `at most ${max} characters`);

export const when = z
  .strictObject({
    'all-of': z.array(factId).min(1).optional().describe('Every one of these facts must hold.'),
    'any-of': z.array(factId).min(1).optional().describe('At least one of these facts must hold.'),
  })
  .refine((w) => w['all-of'] !== undefined || w['any-of'] !== undefined, 'give all-of, any-of or both (leave `when` out for a rule that always applies)')
  .describe('The facts under which the rule applies; both lists must hold when both are given. Absent: the rule always applies.');
export type When = z.infer<typeof when>;

export const verifyStep = z
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
      .enum(['go', 'rust', 'repo'])
      .optional()
      .describe('Where the commands run: go = the Go wrapper module, rust = the Rust crate, repo = the repository root.'),
  })
  .refine((s) => s.in === undefined || s.run !== undefined, { message: '`in` only makes sense with `run`', path: ['in'] })
  .describe('One verification step: an instruction, optionally with the commands that carry it out.');
export type VerifyStep = z.infer<typeof verifyStep>;

export const reference = z
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

export type RuleInput = z.input<typeof rule>;
export type Rule = z.output<typeof rule>;
