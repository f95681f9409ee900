// The CI examples shown on the governance-in-ci page: the workflow files parse and keep to safe habits, and
// their shell steps really work, run here against a repository made in the test. The GitHub workflow is a
// thin user of action.yml, whose steps test/integration/ci/action.test.ts runs.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { BASE, read, REPO } from '../../unit/diff/support.ts';

const GATE = 'examples/ci/interlock-gate.sh';
const scratch = mkdtempSync(join(tmpdir(), 'interlock-gate-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

type Yaml = Record<string, unknown>;

function workflow(path: string): Yaml {
  const doc = parseDocument(read(path), { uniqueKeys: true, strict: true, prettyErrors: false });
  assert.deepEqual([...doc.errors, ...doc.warnings].map((e) => e.message), [], path);
  return doc.toJS() as Yaml;
}

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  env?: Record<string, string>;
}

const github = workflow('examples/ci/github-actions.yml');
const gitlab = workflow('examples/ci/gitlab-ci.yml');
const steps = ((github['jobs'] as Yaml)['contract'] as Yaml)['steps'] as Step[];
const job = gitlab['boundary-contract'] as { script: string[]; rules: unknown[]; artifacts: Yaml; variables: Record<string, string> };

test('the GitHub workflow parses, asks for the least permissions, runs on contract changes and uses the action', () => {
  assert.deepEqual(github['permissions'], { contents: 'read', 'pull-requests': 'write', 'security-events': 'write' });
  const on = (github['on'] as Yaml)['pull_request'] as Yaml;
  assert.deepEqual(on['paths'], ['contracts/**.yaml']);
  assert.deepEqual(on['types'], ['opened', 'synchronize', 'reopened', 'labeled', 'unlabeled']);
  assert.deepEqual(steps.map((s) => s.uses), ['actions/checkout@v4', 'actions/setup-node@v4', 'your-org/interlock@v0']);
  assert.equal(steps.filter((s) => s.run !== undefined).length, 0, 'everything else is in action.yml');
});

test('the GitLab job parses, runs only in merge request pipelines that touch contracts, keeps the report', () => {
  assert.deepEqual(job.rules, [{ if: '$CI_PIPELINE_SOURCE == "merge_request_event"', changes: ['contracts/**/*.yaml'] }]);
  assert.equal(job.variables['GIT_DEPTH'], '0');
  assert.equal(job.artifacts['when'], 'always');
  assert.deepEqual(job.artifacts['paths'], ['interlock-report/']);
});

test('the GitLab job installs the package and runs the gate and note scripts it ships; the gate is valid sh', () => {
  assert.equal(job.variables['INTERLOCK_PACKAGE'], 'interlock-cli@0.1.0');
  assert.ok(job.script[0]?.startsWith('npm install --prefix .interlock '));
  assert.ok(job.script.some((l) => l.includes('sh "$INTERLOCK_CI/interlock-gate.sh"')));
  assert.ok(job.script.some((l) => l.includes('node "$INTERLOCK_CI/gitlab-note.mjs"')));
  const syntax = spawnSync('sh', ['-n', join(REPO, GATE)], { encoding: 'utf8' });
  assert.equal(syntax.status, 0, syntax.stderr);
});

// --- the gate, run for real -------------------------------------------------------------------------

function sh(cwd: string, script: string, env: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync('sh', ['-c', script], {
    cwd, encoding: 'utf8', timeout: 60_000,
    env: {
      PATH: process.env['PATH'] ?? '', LANG: 'C.UTF-8', HOME: scratch,
      GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.com', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.com',
      INTERLOCK: `${process.execPath} ${join(REPO, 'bin/interlock.js')}`,
      ...env,
    },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A repository whose main branch holds the base contract, with Interlock reachable at .interlock/. */
function repo(name: string): string {
  const dir = join(scratch, name);
  mkdirSync(join(dir, 'contracts'), { recursive: true });
  copyFileSync(join(REPO, BASE), join(dir, 'contracts', 'tilestore.yaml'));
  writeFileSync(join(dir, '.gitignore'), '.interlock\ninterlock-report/\n');
  const r = sh(dir, 'git init -q -b main && git add . && git commit -q -m base');
  assert.equal(r.status, 0, r.stderr);
  symlinkSync(REPO, join(dir, '.interlock'));
  return dir;
}

function useHead(dir: string, fixtureCase: string): void {
  copyFileSync(join(REPO, `test/fixtures/diff/cases/${fixtureCase}/head.yaml`), join(dir, 'contracts', 'tilestore.yaml'));
}

function gate(dir: string, audited: boolean): { status: number | null; comment: string } {
  const r = sh(dir, `sh .interlock/${GATE} main interlock-report 'contracts/*.yaml'`, audited ? { INTERLOCK_AUDITED: '1' } : {});
  const comment = existsSync(join(dir, 'interlock-report/comment.md')) ? readFileSync(join(dir, 'interlock-report/comment.md'), 'utf8') : '';
  assert.equal(r.stdout, comment);
  return { status: r.status, comment };
}

function lastLine(comment: string): string {
  return comment.trimEnd().split('\n').at(-1) ?? '';
}

test('gate: a breaking change without the major bump blocks, and an audit sign-off cannot override it', () => {
  const dir = repo('breaking');
  useHead(dir, 'missing-major-bump');
  const r = gate(dir, true);
  assert.equal(r.status, 1);
  assert.ok(r.comment.startsWith('<!-- interlock-gate -->\n## Boundary contract review\n\n### Interlock: boundary contract diff for `tilestore`\n'));
  assert.ok(r.comment.includes('- **Error** `abi-major-bump-missing` at `contracts/tilestore.yaml:5:8`: '));
  assert.ok(r.comment.includes('Base `main:contracts/tilestore.yaml`, head `contracts/tilestore.yaml`.'));
  assert.equal(lastLine(r.comment), '**Blocked:** fix the lint findings or the ABI version above; an audit sign-off cannot override them.');
});

test('gate: a compatible addition waits for the targeted audit, and passes once it is signed off', () => {
  const dir = repo('additions');
  useHead(dir, 'additions');
  const waiting = gate(dir, false);
  assert.equal(waiting.status, 1);
  assert.ok(waiting.comment.includes('#### Targeted audit checklist'));
  assert.equal(lastLine(waiting.comment), '**Waiting for the targeted audit:** a boundary owner works through the checklist above, then signs it off.');
  const signed = gate(dir, true);
  assert.equal(signed.status, 0);
  assert.equal(lastLine(signed.comment), '**Audit signed off** by a boundary owner.');
});

test('gate: documentation-only edits and untouched contracts pass without an audit', () => {
  const dir = repo('docs');
  const untouched = gate(dir, false);
  assert.equal(untouched.status, 0);
  assert.ok(untouched.comment.includes('No boundary contract changed.'));
  useHead(dir, 'docs-only');
  const docs = gate(dir, false);
  assert.equal(docs.status, 0);
  assert.equal(lastLine(docs.comment), '**Nothing to audit:** no change reaches the memory contract.');
});

test('gate: a new contract and a deleted one both need the audit', () => {
  const dir = repo('lifecycle');
  copyFileSync(join(REPO, 'content/contracts/imgcodec.yaml'), join(dir, 'contracts', 'imgcodec.yaml'));
  unlinkSync(join(dir, 'contracts', 'tilestore.yaml'));
  assert.equal(sh(dir, 'git add -A contracts').status, 0);
  const r = gate(dir, false);
  assert.equal(r.status, 1);
  assert.ok(r.comment.includes('### `contracts/imgcodec.yaml` is new\n'));
  assert.ok(r.comment.includes('`interlock checklist --contract contracts/imgcodec.yaml`'));
  assert.ok(r.comment.includes('### `contracts/tilestore.yaml` was deleted\n'));
});

test('gate: lint findings block even when signed off; an invalid contract is unusable (exit 2)', () => {
  const dir = repo('lint');
  useHead(dir, 'ownership');
  const lint = gate(dir, true);
  assert.equal(lint.status, 1);
  assert.ok(lint.comment.includes('### `interlock check contracts/tilestore.yaml` (exit 1)\n\n```text\ncontracts/tilestore.yaml:27:24: error unknown-reference: '));
  copyFileSync(join(REPO, 'test/fixtures/diff/invalid/not-yaml.yaml'), join(dir, 'contracts', 'tilestore.yaml'));
  const broken = gate(dir, true);
  assert.equal(broken.status, 2);
  assert.ok(broken.comment.includes('### `interlock check contracts/tilestore.yaml` (exit 2)\n\n```text\ncontracts/tilestore.yaml:3:1: error yaml-syntax: '));
  assert.equal(lastLine(broken.comment), '**Blocked:** a contract could not be read; fix it first.');
});

test('gate: an unknown base revision is refused before anything runs', () => {
  const dir = repo('norev');
  const r = sh(dir, `sh .interlock/${GATE} origin/main interlock-report 'contracts/*.yaml'`);
  assert.equal(r.stderr, 'interlock-gate: unknown base revision origin/main (fetch it, or clone with full history)\n');
  assert.equal(r.status, 2);
});

test('the GitLab script runs as written (the install left out): label sign-off and exit status', () => {
  const dir = repo('gitlab');
  const base = sh(dir, 'git rev-parse HEAD').stdout.trim();
  useHead(dir, 'additions');
  const script = job.script.filter((l) => !l.startsWith('npm install')).join('\n');
  const env = { CI_MERGE_REQUEST_DIFF_BASE_SHA: base, CONTRACTS: 'contracts/*.yaml', AUDIT_LABEL: 'boundary-audited', INTERLOCK: 'node .interlock/bin/interlock.js', INTERLOCK_CI: '.interlock/examples/ci' };
  assert.equal(sh(dir, `set -e\n${script}`, { ...env, CI_MERGE_REQUEST_LABELS: 'backend,needs-review' }).status, 1);
  assert.equal(sh(dir, `set -e\n${script}`, { ...env, CI_MERGE_REQUEST_LABELS: 'backend,boundary-audited' }).status, 0);
});

test('gitlab-note.mjs posts the report once, then updates the same note', async () => {
  const notes: Array<{ id: number; body: string }> = [{ id: 1, body: 'LGTM' }];
  const seen: string[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let data = '';
    req.on('data', (chunk: Buffer) => { data += chunk.toString(); });
    req.on('end', () => {
      seen.push(`${req.method ?? ''} ${req.url ?? ''} ${String(req.headers['private-token'])}`);
      res.setHeader('content-type', 'application/json');
      if (req.method === 'GET') {
        res.end(JSON.stringify(notes));
      } else if (req.method === 'POST') {
        notes.push({ id: 2, body: (JSON.parse(data) as { body: string }).body });
        res.end('{}');
      } else {
        const note = notes.find((n) => req.url?.endsWith(`/notes/${n.id}`));
        if (note !== undefined) note.body = (JSON.parse(data) as { body: string }).body;
        res.end('{}');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const address = server.address();
    assert.ok(address !== null && typeof address === 'object');
    const comment = join(scratch, 'comment.md');
    const env = { INTERLOCK_NOTE_TOKEN: 'secret-token', CI_API_V4_URL: `http://127.0.0.1:${address.port}/api/v4`, CI_PROJECT_ID: '42', CI_MERGE_REQUEST_IID: '7' };
    // The fake API answers on this thread, so the script must run as an asynchronous child.
    const run = (body: string): Promise<string> => new Promise((resolve) => {
      writeFileSync(comment, body);
      execFile(process.execPath, [join(REPO, 'examples/ci/gitlab-note.mjs'), comment], { env: { ...env, PATH: process.env['PATH'] ?? '' } }, (error, stdout, stderr) => {
        resolve(`${error === null ? 0 : String(error.code)} ${stdout}${stderr}`);
      });
    });
    assert.equal(await run('<!-- interlock-gate -->\nfirst\n'), '0 gitlab-note: posted the report on merge request !7\n');
    assert.equal(await run('<!-- interlock-gate -->\nsecond\n'), '0 gitlab-note: updated the report on merge request !7\n');
    assert.deepEqual(notes, [{ id: 1, body: 'LGTM' }, { id: 2, body: '<!-- interlock-gate -->\nsecond\n' }]);
    assert.deepEqual(seen, [
      'GET /api/v4/projects/42/merge_requests/7/notes?per_page=100&page=1 secret-token',
      'POST /api/v4/projects/42/merge_requests/7/notes secret-token',
      'GET /api/v4/projects/42/merge_requests/7/notes?per_page=100&page=1 secret-token',
      'PUT /api/v4/projects/42/merge_requests/7/notes/2 secret-token',
    ]);
  } finally {
    server.close();
  }
});
