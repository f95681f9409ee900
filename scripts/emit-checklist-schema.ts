// Writes public/schema/checklist-v1.json from the zod schema in src/lib/export/checklist-schema.ts.
// Run after changing the schema: npm exec -- node scripts/emit-checklist-schema.ts (a unit test fails when stale).
import { fileURLToPath } from 'node:url';
import { checklistJsonSchemaText } from '../src/lib/export/checklist-schema.ts';
import { writeFileAtomically } from '../src/node/write-atomically.ts';

const problem = writeFileAtomically(fileURLToPath(new URL('../public/schema/checklist-v1.json', import.meta.url)), checklistJsonSchemaText());
if (problem !== undefined) {
  console.error(`cannot write public/schema/checklist-v1.json: ${problem}`);
  process.exit(1);
}
console.log('wrote public/schema/checklist-v1.json');
