// Writes public/schema/contract-v1.json from the zod schema. Run after changing src/lib/contract/schema/;
// a unit test fails while the committed file is stale.
// Usage: npm exec -- node scripts/emit-contract-schema.ts
import { fileURLToPath } from 'node:url';
import { contractJsonSchemaText, CONTRACT_SCHEMA_PATH } from '../src/lib/contract/json-schema.ts';
import { writeFileAtomically } from '../src/node/write-atomically.ts';

// Through a temporary file and a rename, so a failed run never leaves a half-written schema behind.
const problem = writeFileAtomically(fileURLToPath(new URL(`../public/${CONTRACT_SCHEMA_PATH}`, import.meta.url)), contractJsonSchemaText());
if (problem !== undefined) {
  process.stderr.write(`cannot write public/${CONTRACT_SCHEMA_PATH}: ${problem}\n`);
  process.exit(1);
}
process.stdout.write(`wrote public/${CONTRACT_SCHEMA_PATH}\n`);
