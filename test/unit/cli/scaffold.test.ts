// `interlock init --ci`'s extra files: the CI examples the handbook shows are exactly what init writes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { githubWorkflow, gitlabJob, scaffoldFiles } from '../../../src/lib/init/scaffold.ts';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const VERSION = (JSON.parse(readFileSync(`${REPO}packages/cli/package.json`, 'utf8')) as { version: string }).version;

test('the examples on the governance page are what init writes for contracts/*.yaml', () => {
  assert.equal(readFileSync(`${REPO}examples/ci/github-actions.yml`, 'utf8'), githubWorkflow('contracts/*.yaml'));
  assert.equal(readFileSync(`${REPO}examples/ci/gitlab-ci.yml`, 'utf8'), gitlabJob('contracts/*.yaml', VERSION));
});

test('files for a contract in a nested folder: the CI watches that folder, the README sits beside it', () => {
  const files = scaffoldFiles({ contract: 'ffi/contracts/imgcodec.yaml', ci: 'github', version: '1.2.3' });
  assert.deepEqual(files.map((f) => f.path), ['.github/workflows/boundary-contract.yml', 'ffi/contracts/README.md']);
  assert.match(files[0]!.text, /\n {6}- 'ffi\/contracts\/\*\*\.yaml'\n/);
  assert.match(files[0]!.text, /\n {10}contracts: ffi\/contracts\/\*\.yaml\n/);
  assert.match(files[1]!.text, /^npx interlock check ffi\/contracts\/imgcodec\.yaml /m);
  const gitlab = scaffoldFiles({ contract: 'boundary.yaml', ci: 'gitlab', version: '1.2.3' });
  assert.deepEqual(gitlab.map((f) => f.path), ['ci/boundary-contract.gitlab-ci.yml', 'BOUNDARY.md']);
  assert.match(gitlab[0]!.text, /\n {4}INTERLOCK_PACKAGE: interlock-cli@1\.2\.3\n/);
  assert.match(gitlab[0]!.text, /\n {8}- \*\*\/\*\.yaml\n/);
});
