// The published shape of a checklist exported as JSON (version 1). public/schema/checklist-v1.json is
// generated from this file by scripts/emit-checklist-schema.ts; a unit test fails when the two differ.
import { z } from 'zod';
import { PHASES, SEVERITIES, VERIFY_PLACES } from '../rules/vocabulary.ts';

/** Where the JSON Schema is published; every exported document names it in `$schema`. */
export const CHECKLIST_SCHEMA_URL = 'https://interlock.example/schema/checklist-v1.json';

const id = z.string().regex(/^IL-[A-Z]{2,4}-\d{3}$/).describe('A rule ID, IL-<AREA>-<NNN>.');
const hash = z.string().regex(/^sha256:[0-9a-f]{64}$/).describe('sha256: and 64 lower-case hex digits.');
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe('A date, YYYY-MM-DD.');
const state = z.enum(['done', 'failed', 'open']);

const element = z
  .strictObject({
    kind: z.enum(['library', 'handle', 'buffer', 'string', 'struct', 'enum', 'function', 'parameter', 'callback']),
    name: z.string().describe('As the contract spells it.'),
    of: z.string().optional().describe('Parameters and callbacks: the function they belong to.'),
    related: z.array(z.strictObject({ relation: z.string(), names: z.array(z.string()) })).describe('Related functions, e.g. created by, destroyed by.'),
  })
  .describe('A type, function or parameter of the contract.');

const because = z
  .strictObject({
    facts: z.array(z.string()).describe("The facts of the rule's condition that hold."),
    answers: z.array(z.strictObject({ question: z.string(), answer: z.string() })).describe('The wizard answers that established them.'),
    elements: z.array(element).describe('The contract elements that established them; the check applies to each.'),
    inputs: z.array(z.string()).describe('Inputs that established a fact as a whole, such as an incident under review.'),
  })
  .describe('Why a check is on the list.');

const codeEvidence = z
  .strictObject({
    status: z.enum(['passed', 'failed']).describe('passed: no probe found the bug; failed: at least one did, at the places listed.'),
    probes: z.array(z.string()).describe('The static probes that answer this check, in catalogue order.'),
    findings: z
      .array(z.strictObject({ probe: z.string(), message: z.string(), file: z.string(), line: z.int(), column: z.int() }))
      .describe('Where the probes found the bug, file:line:column relative to the working directory.'),
  })
  .describe('checklist --scan only: what the static probes over the code named by the contract\'s sources: found.');

const checklistItemJson = z
  .strictObject({
    id,
    title: z.string().describe('The state that must hold.'),
    severity: z.enum(SEVERITIES),
    phase: z.enum(PHASES),
    when: z
      .strictObject({
        'all-of': z.array(z.string()).optional().describe('Every one of these facts holds.'),
        'any-of': z.array(z.string()).optional().describe('At least one of these facts holds.'),
      })
      .nullable()
      .describe('The facts that made the rule apply; null when it always applies.'),
    rationale: z.string().describe('Why the check matters.'),
    verify: z
      .array(
        z.strictObject({
          step: z.string().describe('What to check.'),
          run: z.string().optional().describe('POSIX sh commands, one per line.'),
          in: z.enum(VERIFY_PLACES).optional().describe('Where the commands run: the Go wrapper module, the Rust crate or the repository root.'),
        }),
      )
      .describe('How to verify the rule holds.'),
    evidence: z.array(z.string()).describe('What to attach as proof.'),
    covers: z.array(z.string()).describe('Seed point IDs the rule puts into practice.'),
    patterns: z.array(z.string()).describe('Pattern IDs that show the check done right and wrong.'),
    lint: z.array(z.string()).describe('Contract lint rule IDs that automate part of the check.'),
    anssi: z.array(z.string()).describe('ANSSI Secure Rust Guidelines rule IDs.'),
    references: z.array(z.strictObject({ title: z.string(), url: z.string() })).describe('Primary documentation.'),
    status: state.optional().describe('Postmortem mode only: done, failed or open as the review found it.'),
    scope: z.enum(['boundary', 'baseline']).describe('boundary: the answers or contract put the check on the list; baseline: every boundary gets it.'),
    because: because.optional().describe('Present for boundary checks: why the check is on the list.'),
    code: codeEvidence.optional(),
  })
  .describe('One audit check.');

export const checklistJson = z
  .strictObject({
    $schema: z.literal(CHECKLIST_SCHEMA_URL),
    format: z.literal('interlock-checklist'),
    version: z.literal(1),
    project: z.string().nullable().describe('The project name, or null.'),
    crate: z.string().nullable().describe('The Rust crate, or null.'),
    goModule: z.string().nullable().describe('The Go module path, or null.'),
    abi: z.string().nullable().describe('The contract ABI version MAJOR.MINOR, or null.'),
    date: day,
    interlock: z.string().describe('The Interlock version that produced the document.'),
    input: z
      .strictObject({
        kind: z.enum(['answers', 'contract']).describe('Built from wizard answers or from a contract.'),
        hash: hash.describe('Hash of the canonical answers, or of the canonical fact list for a contract.'),
      })
      .describe('What the checklist was built from.'),
    facts: z.array(z.string()).describe('The facts the checklist was built from, sorted.'),
    counts: z
      .strictObject({ total: z.int().min(0), critical: z.int().min(0), high: z.int().min(0), medium: z.int().min(0), low: z.int().min(0) })
      .describe('Number of checks, in total and by severity.'),
    phases: z
      .array(z.strictObject({ phase: z.enum(PHASES), items: z.array(checklistItemJson) }))
      .describe('Non-empty phases in order (design, implementation, testing, release, incident-follow-up), items by severity then ID.'),
    postmortem: z
      .strictObject({
        incident: z.string(),
        date: day,
        title: z.string(),
        summary: z.string(),
        impact: z.string().nullable(),
        trigger: z.string().nullable(),
        detection: z.string().nullable(),
        resolution: z.string().nullable(),
        faultClass: z.strictObject({
          id: z.string(),
          title: z.string(),
          summary: z.string(),
          detectors: z.array(z.string()),
          rules: z.array(id),
          patterns: z.array(z.string()),
        }),
        actionItems: z
          .array(z.strictObject({ id, status: z.enum(['failed', 'open']), guardsFaultClass: z.boolean() }))
          .describe('Failed checks, and the checks the fault class names that are not done: failed first, then open; fault-class rules first, then severity, then ID.'),
        faultRulesNotInChecklist: z.array(id).describe('Fault-class rules whose facts do not hold for this boundary.'),
      })
      .optional()
      .describe('Present in postmortem mode.'),
  })
  .meta({
    $id: CHECKLIST_SCHEMA_URL,
    title: 'Interlock audit checklist',
    description: 'A project-specific audit checklist for a Go <-> Rust boundary, as exported by the Interlock wizard and `interlock checklist --format json`.',
  });

export type ChecklistJson = z.infer<typeof checklistJson>;
export type ChecklistItemJson = z.infer<typeof checklistItemJson>;

/** The JSON Schema document, as published (draft 2020-12), with a trailing newline. */
export function checklistJsonSchemaText(): string {
  const schema = z.toJSONSchema(checklistJson, { target: 'draft-2020-12' });
  return `${JSON.stringify(schema, null, 2)}\n`;
}
