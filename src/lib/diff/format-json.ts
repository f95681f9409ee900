// The JSON report of a diff (format "interlock-diff", version 1): stable field order and names, documented
// on the governance-in-ci handbook page; fields are only ever added, never renamed or removed.
import { diagnosticJson } from '../diagnostics/format-json.ts';
import { pathText } from './change.ts';
import { changelogEntry } from './changelog.ts';
import type { DiffReport } from './diff.ts';
import { counts } from './present.ts';
import { jsonText } from '../output/json.ts';

const DIFF_FORMAT = { name: 'interlock-diff', version: 1 } as const;

interface JsonPosition {
  line: number;
  column: number;
}

/** The published shape, field by field; the handbook's governance-in-ci page documents the same table. */
interface DiffJson {
  tool: string;
  version: string;
  format: 'interlock-diff';
  formatVersion: 1;
  base: { file: string; library: string; abi: string };
  head: { file: string; library: string; abi: string };
  abi: { base: string; head: string; bump: 'major' | 'minor' | 'none' | 'decrease'; required: 'major' | 'minor' | 'none'; expected: string };
  summary: { changes: number; breakingAbi: number; memorySafety: number; compatible: number; audit: number; governanceErrors: number; governanceWarnings: number };
  verdict: 'audit-needed' | 'no-relevant-change';
  exitCode: 0 | 1;
  changes: Array<{
    kind: string;
    category: string;
    severity: 'breaking-abi' | 'memory-safety' | 'compatible';
    requires: 'major' | 'minor' | 'none';
    audit: boolean;
    /** Dotted: functions.tile_put.params.data.lifetime */
    path: string;
    before: string | null;
    after: string | null;
    base: JsonPosition | null;
    head: JsonPosition | null;
    summary: string;
    implication: string;
    facts: string[];
  }>;
  governance: Array<{ code: string; severity: 'error' | 'warning'; message: string; file: string; line: number; column: number; hint?: string }>;
  facts: string[];
  checklist: { source: 'rules' | 'facts'; items: Array<{ id: string; title: string; severity?: string; phase?: string; facts: string[]; changes: number[] }> };
  /** The Markdown changelog entry draft. */
  changelog: string;
}

export function formatJson(report: DiffReport, tool: { name: string; version: string }): string {
  const n = counts(report);
  const json: DiffJson = {
    tool: tool.name,
    version: tool.version,
    format: DIFF_FORMAT.name,
    formatVersion: DIFF_FORMAT.version,
    base: report.base,
    head: report.head,
    abi: report.abi,
    summary: {
      changes: report.changes.length,
      breakingAbi: n['breaking-abi'],
      memorySafety: n['memory-safety'],
      compatible: n.compatible,
      audit: report.changes.filter((c) => c.audit).length,
      governanceErrors: report.governance.filter((d) => d.severity === 'error').length,
      governanceWarnings: report.governance.filter((d) => d.severity === 'warning').length,
    },
    verdict: report.auditNeeded ? 'audit-needed' : 'no-relevant-change',
    exitCode: report.exitCode,
    changes: report.changes.map((c) => ({
      kind: c.kind,
      category: c.category,
      severity: c.severity,
      requires: c.requires,
      audit: c.audit,
      path: pathText(c.path),
      before: c.before,
      after: c.after,
      base: c.base === undefined ? null : { line: c.base.line, column: c.base.column },
      head: c.head === undefined ? null : { line: c.head.line, column: c.head.column },
      summary: c.summary,
      implication: c.implication,
      facts: c.facts,
    })),
    governance: report.governance.map(diagnosticJson),
    facts: report.facts,
    checklist: {
      source: report.checklist.source,
      items: report.checklist.items.map((i) => ({
        id: i.id,
        title: i.title,
        ...(i.severity !== undefined ? { severity: i.severity } : {}),
        ...(i.phase !== undefined ? { phase: i.phase } : {}),
        facts: i.facts,
        changes: i.changes,
      })),
    },
    changelog: changelogEntry(report),
  };
  return jsonText(json);
}
