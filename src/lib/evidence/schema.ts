// The evidence file (version 1): what `interlock evidence run` ran for each verify step of a checklist, where,
// with which tools, how it ended, and a SHA-256 of the output it kept, so a reader can tell the output was not
// edited afterwards. public/schema/evidence-v1.json is generated from this file.
import { z } from 'zod';
import { VERIFY_PLACES } from '../rules/vocabulary.ts';

export const EVIDENCE_SCHEMA_URL = 'https://interlock.example/schema/evidence-v1.json';

const hash = z.string().regex(/^sha256:[0-9a-f]{64}$/).describe('sha256: and 64 lower-case hex digits.');
const instant = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/).describe('A UTC time, ISO 8601.');
/** Log files live beside the evidence file, in its logs folder; nothing else may be named. */
const LOG_PATH = /^[A-Za-z0-9._-]{1,80}\/[A-Z]{2}-[A-Z]{2,4}-\d{3}-\d{1,2}\.log$/;

const evidenceStep = z
  .strictObject({
    rule: z.string().regex(/^IL-[A-Z]{2,4}-\d{3}$/).describe('The rule the step verifies.'),
    step: z.int().min(1).describe("The step's number within the rule, from 1."),
    in: z.enum(VERIFY_PLACES).describe('Where the rule says the command runs.'),
    command: z.string().describe('The POSIX sh command run, with the team\'s contract path filled in.'),
    cwd: z.string().describe('The folder it ran in, absolute.'),
    started: instant,
    durationMs: z.int().min(0),
    exitCode: z.int().nullable().describe('The exit code; null when a signal or the time limit ended it.'),
    timedOut: z.boolean(),
    output: z
      .strictObject({
        file: z.string().regex(LOG_PATH).describe('The kept output (standard output and error, interleaved), relative to the evidence file.'),
        bytes: z.int().min(0),
        sha256: hash,
      })
      .describe('The output as kept; verify recomputes the hash.'),
  })
  .describe('One verify step as it ran.');

export const evidenceDoc = z
  .strictObject({
    $schema: z.literal(EVIDENCE_SCHEMA_URL),
    format: z.literal('interlock-evidence'),
    version: z.literal(1),
    project: z.string().nullable(),
    interlock: z.string().describe('The Interlock version that ran the steps.'),
    checklist: z.strictObject({ kind: z.enum(['answers', 'contract']), hash }).describe('The checklist the steps came from (its input hash).'),
    started: instant,
    tools: z
      .strictObject({ go: z.string().nullable(), cargo: z.string().nullable(), rustc: z.string().nullable(), os: z.string() })
      .describe('Tool versions on the machine that ran the steps; null when the tool was not found.'),
    steps: z.array(evidenceStep),
  })
  .meta({
    $id: EVIDENCE_SCHEMA_URL,
    title: 'Interlock evidence',
    description: 'The verify steps of an Interlock checklist as run in a team\'s repository: command, folder, tools, exit code, time and a hash of the output.',
  });

export type EvidenceDoc = z.infer<typeof evidenceDoc>;
export type EvidenceStep = z.infer<typeof evidenceStep>;

/** The JSON Schema document, as published (draft 2020-12), with a trailing newline. */
export function evidenceJsonSchemaText(): string {
  return `${JSON.stringify(z.toJSONSchema(evidenceDoc, { target: 'draft-2020-12' }), null, 2)}\n`;
}
