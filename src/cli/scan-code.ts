// --scan for checklist and bundle: the code a contract's sources: block names, read and probed, as evidence per
// checklist rule. Diagnostics go to stderr; undefined means the code could not be scanned (the caller exits 2).
import { dirname, join } from 'node:path';
import { contractSources } from '../lib/code/contract-sources.ts';
import { scanEvidence, type RuleEvidence } from '../lib/code/scan-evidence.ts';
import { DEFAULT_LIMITS } from '../lib/contract/limits.ts';
import { decodeContract } from '../lib/contract/decode.ts';
import type { Checklist } from '../lib/engine/checklist.ts';
import { formatDiagnostic } from '../lib/diagnostics/format-text.ts';
import { CodeReaderUnavailable } from '../node/code/parser.ts';
import { scanSources } from '../node/code/scan.ts';
import type { CliIo } from './io.ts';

/** What the probes answered, and how many of the checklist's rules stay for a person. */
interface CodeEvidence {
  evidence: RuleEvidence[];
  unanswered: number;
}

/** The evidence for --scan: the code named by the contract's sources:, read and probed, per checklist rule. */
export async function scanCode(command: string, contractFile: string, checklist: Checklist, io: CliIo): Promise<CodeEvidence | undefined> {
  const read = io.readBounded(contractFile, DEFAULT_LIMITS.maxBytes);
  const decoded = read.ok ? decodeContract(read.bytes, contractFile, DEFAULT_LIMITS) : undefined;
  const paths = decoded?.ok === true ? contractSources(decoded.text, contractFile) : {};
  if (paths.rust === undefined && paths.go === undefined) {
    io.stderr(`interlock ${command}: --scan needs a contract whose sources: block names the rust crate or the go package\n`);
    return undefined;
  }
  const base = dirname(contractFile);
  let scan: Awaited<ReturnType<typeof scanSources>>;
  try {
    scan = await scanSources({
      ...(paths.header !== undefined ? { header: join(base, paths.header) } : {}),
      ...(paths.rust !== undefined ? { rust: join(base, paths.rust) } : {}),
      ...(paths.go !== undefined ? { go: join(base, paths.go) } : {}),
    });
  } catch (error) {
    if (!(error instanceof CodeReaderUnavailable)) throw error;
    io.stderr(`interlock ${command}: ${error.message}\n`);
    return undefined;
  }
  if (scan.diagnostics.length > 0) {
    io.stderr(`${scan.diagnostics.map((d) => formatDiagnostic(d)).join('\n')}\n`);
    return undefined;
  }
  const ruleIds = checklist.phases.flatMap((p) => p.rules.map((r) => r.id));
  const evidence = scanEvidence(scan.boundary, ruleIds);
  return { evidence, unanswered: ruleIds.length - evidence.length };
}
