// Tamper check: each step's kept output must still have the size and SHA-256 the evidence file recorded.
import { sha256 } from '../engine/sha256.ts';
import type { EvidenceDoc } from './schema.ts';

interface EvidenceProblem {
  file: string;
  problem: string;
}

const hex = (bytes: Uint8Array): string => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');

/** `sha256:<hex>` of some bytes, as the evidence file writes it. */
export function outputHash(data: Uint8Array): string {
  return `sha256:${hex(sha256(data))}`;
}

/** Every kept output that is missing or differs from what was recorded; empty when all match. */
export function verifyEvidence(doc: EvidenceDoc, read: (file: string) => Uint8Array | undefined): EvidenceProblem[] {
  const problems: EvidenceProblem[] = [];
  for (const s of doc.steps) {
    const data = read(s.output.file);
    if (data === undefined) problems.push({ file: s.output.file, problem: `is missing (${s.rule} step ${s.step})` });
    else if (outputHash(data) !== s.output.sha256 || data.length !== s.output.bytes) {
      problems.push({ file: s.output.file, problem: `differs from what was recorded for ${s.rule} step ${s.step} (${data.length} bytes, ${outputHash(data)}; recorded ${s.output.bytes} bytes, ${s.output.sha256})` });
    }
  }
  return problems;
}
