// Writes public/schema/checklist-v1.json from the zod schema in src/lib/export/checklist-schema.ts.
// Run after changing the schema: npm exec -- node scripts/emit-checklist-schema.ts (a unit test fails when stale).
import { renameSync, writeFileSync } from 'node:fs';
import { checklistJsonSchemaText } from '../src/lib/export/checklist-schema.ts';

const target = new URL('../public/schema/checklist-v1.json', import.meta.url);
const temp = new URL('../public/schema/.checklist-v1.json.tmp', import.meta.url);
writeFileSync(temp, checklistJsonSchemaText());
renameSync(temp, target);
console.log('wrote public/schema/checklist-v1.json');
