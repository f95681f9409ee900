// action.yml, run the way a GitHub runner runs a composite action: each `run` step in bash with its `env`
// evaluated, $GITHUB_ENV and $GITHUB_OUTPUT carried between steps, the package installed from the packed
// tarball, and `gh` replaced by a fake that records the API calls. `uses` steps (code scanning upload) are
// checked for their input file instead. Only the expressions listed in EXPRESSIONS are understood: any
// other one fails the test, so the action cannot grow logic this test does not evaluate.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { packedCli, REPO } from '../../support/packed-cli.ts';

interface Step { name: string; id?: string; if?: string; uses?: string; run?: string; shell?: string; env?: Record<string, string>; with?: Record<string, string> }
interface Action { inputs: Record<string, { default?: string }>; outputs: Record<string, { value: string }>; runs: { using: string; steps: Step[] } }

const doc = parseDocument(readFileSync(join(REPO, 'action.yml'), 'utf8'), { uniqueKeys: true, strict: true, prettyErrors: false });
const action = doc.toJS() as Action;
const scratch = mkdtempSync(join(tmpdir(), 'interlock-action-'));
let tarball = '';
before(() => {
  tarball = packedCli(scratch);
});
after(() => rmSync(scratch, { recursive: true, force: true }));

interface Event { labels: string[]; action: string; fork: boolean; baseSha: string }

/** The expressions action.yml may use, evaluated for one pull-request event. */
function expressions(inputs: Record<string, string>, event: Event, outputs: Record<string, string>): Record<string, string> {
  const labelled = event.labels.includes(inputs['audit-label']!);
  const sameRepo = !event.fork;
  return {
    'inputs.package': inputs['package']!,
    'inputs.contracts': inputs['contracts']!,
    'inputs.token': 'token-from-inputs',
    'inputs.audit-label': inputs['audit-label']!,
    "inputs.sarif == 'true'": String(inputs['sarif'] === 'true'),
    "inputs.drift == 'true'": String(inputs['drift'] === 'true'),
    'steps.drift.outputs.status': outputs['drift.status'] ?? '',
    "inputs.sarif == 'true' && hashFiles('interlock.sarif') != ''": 'uses-step',
    'github.event.pull_request.base.sha': event.baseSha,
    'github.event.pull_request.number': '7',
    "contains(github.event.pull_request.labels.*.name, inputs.audit-label) && github.event.action != 'synchronize'": String(labelled && event.action !== 'synchronize'),
    "always() && inputs.comment == 'true' && github.event.pull_request.head.repo.full_name == github.repository": String(inputs['comment'] === 'true' && sameRepo),
    "github.event.action == 'synchronize' && contains(github.event.pull_request.labels.*.name, inputs.audit-label) && github.event.pull_request.head.repo.full_name == github.repository": String(event.action === 'synchronize' && labelled && sameRepo),
    'steps.gate.outputs.status': outputs['gate.status'] ?? '',
  };
}

function evaluate(text: string, known: Record<string, string>): string {
  return text.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, expr: string) => {
    const value = known[expr];
    assert.ok(value !== undefined, `action.yml uses an expression this test does not evaluate: ${expr}`);
    return value;
  });
}

function sh(cwd: string, script: string, env: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync('bash', ['-e', '-c', script], {
    cwd, encoding: 'utf8', timeout: 120_000,
    env: { PATH: `${join(scratch, 'fake-bin')}:${process.env['PATH'] ?? ''}`, HOME: scratch, LANG: 'C.UTF-8', GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@example.com', npm_config_cache: join(scratch, 'npm-cache'), npm_config_offline: 'true', ...env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A repository whose main branch holds a contract, and a pull-request branch that changes it. */
function pullRequest(name: string, headCase: string): { dir: string; base: string } {
  const dir = join(scratch, name);
  mkdirSync(join(dir, 'contracts'), { recursive: true });
  copyFileSync(join(REPO, 'test/fixtures/diff/base.yaml'), join(dir, 'contracts', 'tilestore.yaml'));
  assert.equal(sh(dir, 'git init -q -b main && git add . && git commit -q -m base').status, 0);
  const base = sh(dir, 'git rev-parse HEAD').stdout.trim();
  copyFileSync(join(REPO, `test/fixtures/diff/cases/${headCase}/head.yaml`), join(dir, 'contracts', 'tilestore.yaml'));
  assert.equal(sh(dir, 'git checkout -q -b change && git commit -q -am change').status, 0);
  return { dir, base };
}

interface RunResult { ran: string[]; status: number; calls: string[]; summary: string; sarif: boolean }

/** Runs the composite steps in order as a runner would; stops at the first failing step. */
function runAction(dir: string, event: Event, given: Record<string, string> = {}): RunResult {
  const inputs: Record<string, string> = { ...Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, v.default ?? ''])), package: tarball, ...given };
  const files = { GITHUB_ENV: join(dir, '.runner-env'), GITHUB_OUTPUT: join(dir, '.runner-output'), GITHUB_STEP_SUMMARY: join(dir, '.runner-summary') };
  for (const f of Object.values(files)) writeFileSync(f, '');
  const runnerTemp = mkdtempSync(join(scratch, 'runner-temp-'));
  // The fake API's record lives with the pull request, so a second run sees the comment the first one posted.
  const calls = join(dir, '.gh-calls');
  if (!existsSync(calls)) writeFileSync(calls, '');
  const outputs: Record<string, string> = {};
  const ran: string[] = [];
  for (const step of action.runs.steps) {
    const known = expressions(inputs, event, outputs);
    if (step.if !== undefined) {
      const condition = known[step.if.trim()];
      assert.ok(condition !== undefined, `unknown if: ${step.if}`);
      if (condition === 'uses-step') {
        // The upload runs when the lint step wrote its SARIF file.
        if (!existsSync(join(dir, 'interlock.sarif')) || inputs['sarif'] !== 'true') continue;
      } else if (condition !== 'true') continue;
    }
    ran.push(step.name);
    if (step.uses !== undefined) continue;
    assert.equal(step.shell, 'bash', step.name);
    assert.ok(!step.run!.includes('${{'), `${step.name}: a run script must get values through env, never \${{ }}`);
    const runnerEnv = Object.fromEntries(readFileSync(files.GITHUB_ENV, 'utf8').split('\n').filter(Boolean).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
    const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, evaluate(String(v), known)]));
    writeFileSync(files.GITHUB_OUTPUT, '');
    const r = sh(dir, step.run!, { ...files, ...runnerEnv, ...env, RUNNER_TEMP: runnerTemp, GITHUB_REPOSITORY: 'team/service', GH_CALLS: calls });
    if (step.id !== undefined) {
      for (const line of readFileSync(files.GITHUB_OUTPUT, 'utf8').split('\n').filter(Boolean)) outputs[`${step.id}.${line.slice(0, line.indexOf('='))}`] = line.slice(line.indexOf('=') + 1);
    }
    if (r.status !== 0) return { ran, status: r.status ?? -1, calls: readFileSync(calls, 'utf8').split('\n').filter(Boolean), summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'), sarif: existsSync(join(dir, 'interlock.sarif')) };
  }
  return { ran, status: 0, calls: readFileSync(calls, 'utf8').split('\n').filter(Boolean), summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'), sarif: existsSync(join(dir, 'interlock.sarif')) };
}

before(() => {
  // gh: records each call; the comment list is empty the first time and holds comment 99 after a post.
  mkdirSync(join(scratch, 'fake-bin'));
  const gh = join(scratch, 'fake-bin', 'gh');
  writeFileSync(gh, '#!/bin/sh\necho "gh $*" >> "$GH_CALLS"\ncase "$*" in *"--jq"*) grep -q "pr comment" "$GH_CALLS" && echo 99 ;; esac\nexit 0\n');
  chmodSync(gh, 0o755);
});

test('action.yml is a composite action whose inputs, outputs and steps are what this test runs', () => {
  assert.deepEqual([...doc.errors, ...doc.warnings], []);
  assert.equal(action.runs.using, 'composite');
  assert.deepEqual(Object.keys(action.inputs), ['contracts', 'package', 'audit-label', 'sarif', 'comment', 'drift', 'token']);
  assert.deepEqual(action.outputs, { status: { description: action.outputs['status']!['description' as 'value'], value: '${{ steps.gate.outputs.status }}' } });
  for (const step of action.runs.steps) if (step.uses !== undefined) assert.equal(step.uses, 'github/codeql-action/upload-sarif@v3');
});

test('a compatible change: SARIF written for upload, the report in the summary and one comment, then waiting for the audit', () => {
  const { dir, base } = pullRequest('waiting', 'additions');
  const r = runAction(dir, { labels: [], action: 'synchronize', fork: false, baseSha: base });
  assert.equal(r.status, 1, 'the gate step fails the job until the audit is signed off');
  assert.deepEqual(r.ran, ['Install interlock-cli', 'Lint the contracts for code scanning', 'Upload the findings to code scanning', 'Compare the contracts with the code (interlock drift --probes)', 'Check and diff against the merge base', 'Comment on the pull request (one comment, updated on every run)', 'Gate (0 merge, 1 fix or audit first, 2 unusable contract)']);
  const sarif = JSON.parse(readFileSync(join(dir, 'interlock.sarif'), 'utf8')) as { version: string; runs: Array<{ tool: { driver: { name: string } } }> };
  assert.equal(sarif.version, '2.1.0');
  assert.equal(sarif.runs[0]!.tool.driver.name, 'interlock');
  assert.ok(r.summary.startsWith('<!-- interlock-gate -->\n## Boundary contract review\n'));
  assert.ok(r.summary.trimEnd().endsWith('**Waiting for the targeted audit:** a boundary owner works through the checklist above, then signs it off.'));
  assert.deepEqual(r.calls, [
    "gh api repos/team/service/issues/7/comments --paginate --jq .[] | select(.body | startswith(\"<!-- interlock-gate -->\")) | .id",
    'gh pr comment 7 --body-file interlock-report/comment.md',
  ]);
});

test('signed off with the label: the gate passes, and the comment from the first run is updated, not duplicated', () => {
  const { dir, base } = pullRequest('signed', 'additions');
  assert.equal(runAction(dir, { labels: [], action: 'opened', fork: false, baseSha: base }).status, 1);
  const r = runAction(dir, { labels: ['boundary-audited'], action: 'labeled', fork: false, baseSha: base });
  assert.equal(r.status, 0);
  assert.ok(r.summary.trimEnd().endsWith('**Audit signed off** by a boundary owner.'));
  assert.deepEqual(r.calls.slice(2), [
    "gh api repos/team/service/issues/7/comments --paginate --jq .[] | select(.body | startswith(\"<!-- interlock-gate -->\")) | .id",
    'gh api --method PATCH repos/team/service/issues/comments/99 -F body=@interlock-report/comment.md',
  ]);
});

test('a push after the sign-off withdraws the label; a fork gets no comment; a breaking change blocks', () => {
  const pushed = pullRequest('pushed', 'additions');
  const afterPush = runAction(pushed.dir, { labels: ['boundary-audited'], action: 'synchronize', fork: false, baseSha: pushed.base });
  assert.equal(afterPush.status, 1);
  assert.ok(afterPush.ran.includes('Withdraw the audit sign-off after new commits'));
  assert.equal(afterPush.calls.at(-1), 'gh pr edit 7 --remove-label boundary-audited');

  const fork = pullRequest('fork', 'missing-major-bump');
  const fromFork = runAction(fork.dir, { labels: ['boundary-audited'], action: 'opened', fork: true, baseSha: fork.base }, { sarif: 'false' });
  assert.equal(fromFork.status, 1);
  assert.deepEqual(fromFork.calls, []);
  assert.equal(fromFork.sarif, false);
  assert.ok(fromFork.summary.trimEnd().endsWith('**Blocked:** fix the lint findings or the ABI version above; an audit sign-off cannot override them.'));
});

/** A repository whose contract names its code (sources:), and a pull request that changes only the code. */
function codeChange(name: string, head: 'clean' | 'drifted'): { dir: string; base: string } {
  const dir = join(scratch, name);
  cpSync(join(REPO, 'test/fixtures/code/drift/clean'), join(dir, 'kv'), { recursive: true });
  assert.equal(sh(dir, 'git init -q -b main && git add . && git commit -q -m base').status, 0);
  const base = sh(dir, 'git rev-parse HEAD').stdout.trim();
  for (const part of ['include', 'rust', 'go']) cpSync(join(REPO, 'test/fixtures/code/drift', head, part), join(dir, 'kv', part), { recursive: true });
  assert.equal(sh(dir, 'git checkout -q -b change && git add -A && git commit -q --allow-empty -m change').status, 0);
  return { dir, base };
}

test('drift: code that still matches its contract passes; code that drifted from it fails the job, with the report in the summary', () => {
  const same = codeChange('code-same', 'clean');
  const clean = runAction(same.dir, { labels: [], action: 'synchronize', fork: false, baseSha: same.base }, { contracts: 'kv/contract.yaml', sarif: 'false', comment: 'false' });
  assert.equal(clean.status, 0);
  assert.match(clean.summary, /^### `interlock drift --probes kv\/contract\.yaml` \(exit 0\)\n\n```text\nnote: struct layouts checked with cc\ndrift: no differences\n```$/m);
  const moved = codeChange('code-drifted', 'drifted');
  const drifted = runAction(moved.dir, { labels: [], action: 'synchronize', fork: false, baseSha: moved.base }, { contracts: 'kv/contract.yaml', sarif: 'false', comment: 'false' });
  assert.equal(drifted.status, 1, 'the gate passes (no contract changed) but the drift blocks');
  assert.match(drifted.summary, /^### `interlock drift --probes kv\/contract\.yaml` \(exit 1\)$/m);
  assert.match(drifted.summary, /No boundary contract changed\./);
});
