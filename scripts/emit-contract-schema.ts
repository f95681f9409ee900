// Writes public/schema/contract-v1.json from the zod schema. Run after changing src/lib/contract/schema/;
// a unit test fails while the committed file is stale.
// Usage: npm exec -- node scripts/emit-contract-schema.ts
import { writeFileSync, renameSync } from 'node:fs';
import { contractJsonSchemaText, CONTRACT_SCHEMA_PATH } from '../src/lib/contract/json-schema.ts';

const target = new URL(`../public/${CONTRACT_SCHEMA_PATH}`, import.meta.url);
const temporary = new URL(`../public/${CONTRACT_SCHEMA_PATH}.tmp`, import.meta.url);
// Write then rename, so a failed run never leaves a half-written schema behind.
writeFileSync(temporary, contractJsonSchemaText());
renameSync(temporary, target);
process.stdout.write(`wrote public/${CONTRACT_SCHEMA_PATH}\n`);
