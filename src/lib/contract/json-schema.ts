// The published JSON Schema of the contract format, generated from the zod schema (the single source):
// editors (yaml-language-server) use it for completion, hover docs and inline errors.
import { z } from 'zod';
import { SITE_URL } from './catalogue.ts';
import { contractSchema } from './schema/contract.ts';

export const CONTRACT_SCHEMA_PATH = 'schema/contract-v1.json';

export function contractJsonSchema(): Record<string, unknown> {
  // draft-07 is the dialect every YAML and JSON editor integration understands.
  const generated = z.toJSONSchema(contractSchema, { target: 'draft-7', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return { $schema, $id: `${SITE_URL}/${CONTRACT_SCHEMA_PATH}`, ...rest };
}

/** The exact bytes of public/schema/contract-v1.json. */
export function contractJsonSchemaText(): string {
  return `${JSON.stringify(contractJsonSchema(), null, 2)}\n`;
}
