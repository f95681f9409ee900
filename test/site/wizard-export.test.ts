// The wizard's downloads and `interlock checklist` agree byte for byte: the wizard's own export code
// (src/wizard/exports.ts) runs on the data the built wizard page embeds, and both are compared with the pinned
// documents in test/fixtures/engine/expected/ rather than with each other's engine call.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAnswersFile } from '../../src/lib/engine/answers-schema.ts';
import { DATA_ELEMENT_ID, type WizardData } from '../../src/wizard/data.ts';
import { jsonOf, markdownOf, prepare } from '../../src/wizard/exports.ts';
import { runMain } from '../unit/cli/run-main.ts';
import { DIST } from '../support/dist.ts';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SMALL = 'test/fixtures/engine/answers-small.yaml';
const DATE = '2026-11-21';
const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const expected = (name: string): string => readFileSync(join(ROOT, 'test/fixtures/engine/expected', name), 'utf8').replaceAll('@VERSION@', version);

/** The JSON the built page hands its script, read as the browser reads it (readWizardData takes a Document). */
function pageData(): WizardData {
  const html = readFileSync(join(DIST, 'wizard/index.html'), 'utf8');
  const match = new RegExp(`<script type="application/json" id="${DATA_ELEMENT_ID}">([\\s\\S]*?)</script>`).exec(html);
  assert.ok(match, `dist/wizard/index.html has no <script id="${DATA_ELEMENT_ID}">`);
  return JSON.parse(match[1]!) as WizardData;
}

test('the wizard exports the pinned checklist, as Markdown and JSON, and interlock checklist prints the same', async () => {
  const data = pageData();
  const parsed = parseAnswersFile(readFileSync(join(ROOT, SMALL)), SMALL, data.questionnaire);
  assert.ok(parsed.answers !== undefined, 'the sample answers fit the questionnaire the page embeds');
  const prepared = prepare({ data, answers: parsed.answers, date: DATE, progress: {} });
  assert.ok(prepared.ok);
  assert.equal(markdownOf(prepared), expected('small.md'));
  assert.equal(jsonOf(prepared), expected('small.json'));
  const cli = await runMain(['checklist', '--date', DATE, '--answers', SMALL]);
  assert.equal(cli.stdout, expected('small.md'));
});
