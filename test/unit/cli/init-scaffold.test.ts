// `interlock init --ci` in a team's repository: the draft, the CI and the README, each reported; and when
// any of them exists already, nothing at all is written.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readBoundedFromDisk } from '../../../src/cli/io.ts';
import { main } from '../../../src/cli/main.ts';
import { githubWorkflow, gitlabJob } from '../../../src/lib/init/scaffold.ts';

const HEADER = fileURLToPath(new URL('../../../playbooks/patterns/opaque-handle/go/meter.h', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'interlock-init-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

async function init(cwd: string, args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(['init', '--header', HEADER, ...args], { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd, readBounded: readBoundedFromDisk });
  return { code, out, err };
}

test('--ci github writes the draft, the workflow and the README, and says so', async () => {
  const repo = mkdtempSync(join(scratch, 'repo-'));
  const draft = await init(repo, []);
  const r = await init(repo, ['--out', join(repo, 'contracts/meter.yaml'), '--ci', 'github']);
  assert.deepEqual(r, { code: 0, out: 'wrote contracts/meter.yaml\nwrote .github/workflows/boundary-contract.yml\nwrote contracts/README.md\n', err: '' });
  // The same draft as on standard output, but for the source path, which is relative to where it is written.
  const body = (text: string): string => text.split('\n').slice(2).filter((l) => !l.startsWith('  header: ')).join('\n');
  assert.equal(body(readFileSync(join(repo, 'contracts/meter.yaml'), 'utf8')), body(draft.out));
  assert.match(readFileSync(join(repo, 'contracts/meter.yaml'), 'utf8'), /\n {2}header: "\.\.\/[^"]*playbooks\/patterns\/opaque-handle\/go\/meter\.h"\n/);
  assert.equal(readFileSync(join(repo, '.github/workflows/boundary-contract.yml'), 'utf8'), githubWorkflow('contracts/*.yaml'));
  assert.match(readFileSync(join(repo, 'contracts/README.md'), 'utf8'), /^npx interlock drift contracts\/meter\.yaml /m);
});

test('--ci gitlab pins the package version; an existing file anywhere means nothing is written', async () => {
  const repo = mkdtempSync(join(scratch, 'repo-'));
  writeFileSync(join(repo, 'keep.txt'), '');
  const version = (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  assert.equal((await init(repo, ['--out', join(repo, 'meter.yaml'), '--ci', 'gitlab'])).code, 0);
  assert.equal(readFileSync(join(repo, 'ci/boundary-contract.gitlab-ci.yml'), 'utf8'), gitlabJob('*.yaml', version));
  rmSync(join(repo, 'meter.yaml'));
  const again = await init(repo, ['--out', join(repo, 'meter.yaml'), '--ci', 'gitlab']);
  assert.deepEqual(again, { code: 2, out: '', err: 'interlock init: ci/boundary-contract.gitlab-ci.yml, BOUNDARY.md already exist; init never replaces a file, so nothing was written\n' });
  assert.equal(existsSync(join(repo, 'meter.yaml')), false, 'not even the draft');
});

test('--ci without --out, a CI name it does not know, or a contract outside the repository: usage errors', async () => {
  const repo = mkdtempSync(join(scratch, 'repo-'));
  assert.match((await init(repo, ['--ci', 'github'])).err, /--ci needs --out/);
  assert.match((await init(repo, ['--out', 'x.yaml', '--ci', 'jenkins'])).err, /--ci must be one of github, gitlab/);
  assert.match((await init(repo, ['--out', join(scratch, 'elsewhere.yaml'), '--ci', 'github'])).err, /--out must be inside the repository/);
});
