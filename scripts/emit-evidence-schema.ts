// Writes public/schema/evidence-v1.json from the zod schema in src/lib/evidence/schema.ts.
// Run after changing the schema: npm exec -- node scripts/emit-evidence-schema.ts (a unit test fails when stale).
import { fileURLToPath } from 'node:url';
import { evidenceJsonSchemaText } from '../src/lib/evidence/schema.ts';
import { writeFileAtomically } from '../src/node/write-atomically.ts';

const problem = writeFileAtomically(fileURLToPath(new URL('../public/schema/evidence-v1.json', import.meta.url)), evidenceJsonSchemaText());
if (problem !== undefined) {
  console.error(`cannot write public/schema/evidence-v1.json: ${problem}`);
  process.exit(1);
}
console.log('wrote public/schema/evidence-v1.json');
