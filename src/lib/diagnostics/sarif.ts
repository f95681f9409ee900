// Diagnostics -> SARIF 2.1.0, the format GitHub code scanning (and most CI dashboards) import.
import type { Diagnostic, Severity } from './diagnostic.ts';

export interface SarifRule {
  id: string;
  title: string;
  description: string;
  severity: Severity;
  helpUri?: string;
}

interface SarifInput {
  toolName: string;
  toolVersion: string;
  /** The tool's documentation, when it is hosted somewhere a reader can reach. */
  informationUri?: string;
  rules: readonly SarifRule[];
  diagnostics: readonly Diagnostic[];
  /** Maps a diagnostic's file to an artifact URI: relative with forward slashes, or an absolute file:// URI. */
  uriOf: (file: string) => string;
}

/** Percent-encodes each path segment (spaces, #, ? and non-ASCII) and keeps the slashes. */
export function relativeUri(path: string): string {
  return path.split(/[\\/]/).map((segment) => encodeURIComponent(segment)).join('/');
}

export function toSarif(input: SarifInput): object {
  const ruleIndex = new Map(input.rules.map((r, i) => [r.id, i]));
  const results = input.diagnostics.map((d) => {
    const index = ruleIndex.get(d.code);
    const text = d.hint !== undefined ? `${d.message} (hint: ${d.hint})` : d.message;
    return {
      ruleId: d.code,
      ...(index !== undefined ? { ruleIndex: index } : {}),
      level: d.severity,
      message: { text },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: input.uriOf(d.file), ...(input.uriOf(d.file).startsWith('file:') ? {} : { uriBaseId: '%SRCROOT%' }) },
            region: { startLine: d.line, startColumn: d.column },
          },
        },
      ],
    };
  });
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: input.toolName,
            version: input.toolVersion,
            semanticVersion: input.toolVersion,
            ...(input.informationUri !== undefined ? { informationUri: input.informationUri } : {}),
            rules: input.rules.map((r) => ({
              id: r.id,
              name: r.id.replace(/(^|-)([a-z0-9])/g, (_m, _d: string, c: string) => c.toUpperCase()),
              shortDescription: { text: r.title },
              fullDescription: { text: r.description },
              ...(r.helpUri !== undefined ? { helpUri: r.helpUri, help: { text: `${r.description} See ${r.helpUri}` } } : { help: { text: r.description } }),
              defaultConfiguration: { level: r.severity },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}
