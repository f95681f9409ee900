// Reads an evidence file: JSON, then the published schema; problems as diagnostics at their line and column.
import { positionOf } from '../contract/decode.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { evidenceDoc, type EvidenceDoc } from './schema.ts';

/** Where a JSON value starts: the offset of `"key":` for the path's last key, searched in order along the path. */
function offsetOfPath(text: string, path: ReadonlyArray<PropertyKey>): number {
  let from = 0;
  for (const key of path) {
    if (typeof key !== 'string') continue;
    const at = text.indexOf(`${JSON.stringify(key)}:`, from);
    if (at < 0) break;
    from = at;
  }
  return from;
}

export function parseEvidence(text: string, file: string): { doc?: EvidenceDoc; diagnostics: Diagnostic[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const offset = Number(/at position (\d+)/.exec((error as Error).message)?.[1] ?? 0);
    const { line, column } = positionOf(text, offset);
    return { diagnostics: [{ code: 'evidence-not-json', severity: 'error', message: 'the evidence file is not valid JSON', file, line, column, hint: 'an evidence file is written by interlock evidence run and read as it was written' }] };
  }
  const parsed = evidenceDoc.safeParse(data);
  if (parsed.success) return { doc: parsed.data, diagnostics: [] };
  const diagnostics = parsed.error.issues.slice(0, 20).map((issue): Diagnostic => {
    const { line, column } = positionOf(text, offsetOfPath(text, issue.path));
    const where = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
    return { code: 'evidence-invalid', severity: 'error', message: `${where === '' ? 'the document' : where}: ${issue.message}`, file, line, column };
  });
  return { diagnostics };
}
