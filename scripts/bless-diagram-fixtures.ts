// Rewrites the pinned diagram fixtures (test/fixtures/diagram/<name>.<diagram>.{mmd,txt}) from the current code,
// for test/unit/diagram/generate.test.ts. Run it after an intended change to the diagrams, then read the diff.
// Usage: npm exec -- node scripts/bless-diagram-fixtures.ts
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContract } from '../src/lib/contract/check.ts';
import { contractDiagrams } from '../src/lib/diagram/contract-diagrams.ts';

const DIR = fileURLToPath(new URL('../test/fixtures/diagram/', import.meta.url));

for (const name of ['imgcodec', 'mini', 'crypto-vault']) {
  for (const file of readdirSync(DIR)) if (file.startsWith(`${name}.`) && /\.(mmd|txt)$/.test(file)) rmSync(join(DIR, file));
  const model = checkContract(readFileSync(join(DIR, `${name}.yaml`), 'utf8'), `${name}.yaml`).model;
  if (model === undefined) throw new Error(`test/fixtures/diagram/${name}.yaml does not parse`);
  for (const d of contractDiagrams(model)) {
    const which = d.type !== undefined ? `${d.kind}-${d.type}` : d.part !== undefined ? `${d.kind}-${d.part.replaceAll(' ', '-')}` : d.kind;
    writeFileSync(join(DIR, `${name}.${which}.mmd`), d.mermaid);
    writeFileSync(join(DIR, `${name}.${which}.txt`), `${d.title}\n\n${d.description}\n`);
    console.log(`wrote test/fixtures/diagram/${name}.${which}.{mmd,txt}`);
  }
}
