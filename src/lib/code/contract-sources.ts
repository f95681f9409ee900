// Reads the `sources:` block of a contract that already passed the schema (the model does not carry it).
import { DEFAULT_LIMITS } from '../contract/limits.ts';
import { sources } from '../contract/schema/sources.ts';
import { parseYaml, toPlainData } from '../contract/yaml-document.ts';

interface ContractSources {
  header?: string;
  rust?: string;
  go?: string;
  /** Name prefixes the contract covers (a part of a larger library). */
  only?: string[];
}

/** The contract's `sources:` paths as written (relative to the contract file), or {} when it has none. */
export function contractSources(text: string, file: string): ContractSources {
  const yaml = parseYaml(text, file, DEFAULT_LIMITS);
  if (yaml.doc === undefined) return {};
  const data = toPlainData(yaml.doc.contents) as { sources?: unknown } | null;
  const parsed = sources.safeParse(data?.sources);
  if (!parsed.success) return {};
  const out: ContractSources = {};
  if (parsed.data.header !== undefined) out.header = parsed.data.header;
  if (parsed.data.rust !== undefined) out.rust = parsed.data.rust;
  if (parsed.data.go !== undefined) out.go = parsed.data.go;
  if (parsed.data.only !== undefined) out.only = parsed.data.only;
  return out;
}
