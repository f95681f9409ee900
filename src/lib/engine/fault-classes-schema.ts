// The fault-class file format (playbooks/fault-classes.yaml) in zod, and its parser, which checks that every rule a
// class names exists. Loads zod and yaml; browser code imports only the FaultClass type from fault-classes.ts.
import { z } from 'zod';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { detectorId } from '../patterns/schema.ts';
import { readYaml } from '../rules/read-yaml.ts';
import { ruleId } from '../rules/schema.ts';
import type { FaultClass } from './fault-classes.ts';

const kebab = z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'a kebab-case ID like double-free');

export const faultClass = z
  .strictObject({
    title: z.string().trim().min(1).max(80).describe('The class as a postmortem names it.'),
    summary: z.string().trim().min(1).max(400).describe('What this kind of fault is, in one or two sentences.'),
    detectors: z.array(detectorId).describe('Pattern detector IDs that catch this class.'),
    rules: z.array(ruleId).describe('Audit rules that guard against this class.'),
    patterns: z.array(kebab).describe('Pattern IDs that show the fault and its fix.'),
  })
  .describe('One kind of boundary fault.');

const faultClassFile = z
  .strictObject({ 'fault-classes': z.record(kebab, faultClass) })
  .describe('Every fault class, by stable ID.');

const FAULT_CLASS_LIMITS = { maxBytes: 64 * 1024, maxDepth: 6, maxProblems: 50 } as const;

/** Parses fault-classes.yaml; every rule a class names must exist in the catalogue given. */
export function parseFaultClasses(input: string | Uint8Array, file: string, ruleIds: ReadonlySet<string>): { faultClasses?: FaultClass[]; diagnostics: Diagnostic[] } {
  const read = readYaml(input, file, faultClassFile, 'fault class file', FAULT_CLASS_LIMITS, { refuseCommentAfterPlainText: true });
  if (!read.ok) return { diagnostics: read.diagnostics };
  const diagnostics: Diagnostic[] = [];
  const classes = Object.entries(read.value['fault-classes']).map(([id, c]) => ({ id, ...c }));
  for (const c of classes) {
    c.rules.forEach((r, i) => {
      if (!ruleIds.has(r)) {
        const { line, column } = read.locate(['fault-classes', c.id, 'rules', i]);
        diagnostics.push({ code: 'fault-class-unknown-rule', severity: 'error', message: `unknown rule "${r}" (no playbooks/rules/${r}.yaml)`, file, line, column });
      }
    });
  }
  return diagnostics.length > 0 ? { diagnostics } : { faultClasses: classes, diagnostics };
}
