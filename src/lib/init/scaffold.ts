// What `interlock init --ci` adds to a team's repository besides the contract draft: the CI that checks
// every change to the contract, and a short README beside the contract saying how to work with it.
// Pure: it returns files as data; the CLI refuses to replace any that exists, before it writes one.

export type CiKind = 'github' | 'gitlab';
export const CI_KINDS: readonly CiKind[] = ['github', 'gitlab'];

interface ScaffoldFile {
  /** Relative to the repository root, forward slashes. */
  path: string;
  text: string;
}

interface ScaffoldInput {
  /** Where the contract draft goes, relative to the repository root (for example contracts/imgcodec.yaml). */
  contract: string;
  ci: CiKind;
  /** The interlock-cli version the CI installs (pinned, as a compiler is). */
  version: string;
}

/** The folder of the contract: CI runs on changes to any contract in it. */
function contractsGlob(contract: string): string {
  const slash = contract.lastIndexOf('/');
  return slash === -1 ? '*.yaml' : `${contract.slice(0, slash)}/*.yaml`;
}

export function githubWorkflow(contracts: string): string {
  const paths = contracts.replace(/\*\.yaml$/, '**.yaml');
  return [
    '# Boundary-contract gate for GitHub Actions, with the Interlock action: on every pull request that touches',
    '# a contract, lint the contracts for code scanning, diff them against the merge base, keep one pull-request',
    '# comment up to date, and block the merge until a boundary owner has done the targeted audit and added the',
    '# label. Copy to .github/workflows/boundary-contract.yml; point `uses:` at your copy of Interlock.',
    'name: Boundary contract',
    '',
    'on:',
    '  pull_request:',
    '    types: [opened, synchronize, reopened, labeled, unlabeled]',
    '    paths:',
    `      - '${paths}'`,
    '',
    'permissions:',
    '  contents: read',
    '  pull-requests: write',
    '  security-events: write',
    '',
    'concurrency:',
    '  group: boundary-contract-${{ github.event.pull_request.number }}',
    '  cancel-in-progress: true',
    '',
    'jobs:',
    '  contract:',
    '    runs-on: ubuntu-24.04',
    '    timeout-minutes: 15',
    '    steps:',
    '      - name: Check out the change with its history (the diff needs the merge base)',
    '        uses: actions/checkout@v4',
    '        with:',
    '          fetch-depth: 0',
    '',
    '      - uses: actions/setup-node@v4',
    '        with:',
    '          node-version: 22',
    '',
    '      - name: Interlock gate',
    '        uses: your-org/interlock@v0',
    '        with:',
    `          contracts: ${contracts}`,
    '          audit-label: boundary-audited',
    '',
  ].join('\n');
}

export function gitlabJob(contracts: string, version: string): string {
  const changes = contracts.replace(/\*\.yaml$/, '**/*.yaml');
  return [
    '# Boundary-contract gate for GitLab CI: in every merge request pipeline that touches a contract, run',
    '# `interlock check` and `interlock diff` against the merge base, post the report as one merge-request note,',
    '# and fail until a boundary owner has done the targeted audit and added the label (then re-run the job).',
    '# Include it from .gitlab-ci.yml (include: local: ci/boundary-contract.yml) or paste the job.',
    '# Needs: a CI/CD variable INTERLOCK_NOTE_TOKEN (project access token, Reporter, api scope) to post the note;',
    '# without it the report is still in the job log and the artifact.',
    'boundary-contract:',
    '  stage: test',
    '  image: node:22-bookworm',
    '  rules:',
    '    - if: $CI_PIPELINE_SOURCE == "merge_request_event"',
    '      changes:',
    `        - ${changes}`,
    '  variables:',
    '    GIT_DEPTH: "0"',
    `    CONTRACTS: ${contracts}`,
    '    AUDIT_LABEL: boundary-audited',
    `    INTERLOCK_PACKAGE: interlock-cli@${version}`,
    '    INTERLOCK: .interlock/node_modules/.bin/interlock',
    '    INTERLOCK_CI: .interlock/node_modules/interlock-cli/ci',
    '  script:',
    '    - npm install --prefix .interlock --no-save --no-audit --no-fund --loglevel=error "$INTERLOCK_PACKAGE"',
    '    - case ",$CI_MERGE_REQUEST_LABELS," in *",$AUDIT_LABEL,"*) export INTERLOCK_AUDITED=1 ;; esac',
    '    - status=0',
    '    - sh "$INTERLOCK_CI/interlock-gate.sh" "$CI_MERGE_REQUEST_DIFF_BASE_SHA" interlock-report "$CONTRACTS" || status=$?',
    '    - if [ -n "${INTERLOCK_NOTE_TOKEN:-}" ]; then node "$INTERLOCK_CI/gitlab-note.mjs" interlock-report/comment.md; fi',
    '    - exit "$status"',
    '  artifacts:',
    '    when: always',
    '    expose_as: boundary contract report',
    '    paths:',
    '      - interlock-report/',
    '',
  ].join('\n');
}

function readme(contract: string): string {
  return [
    '# Boundary contract',
    '',
    `\`${contract}\` says, for every function the Rust library exports to Go, who allocates each value, who`,
    'frees it, how long a borrow lasts, which threads may call, and how errors and panics cross. It was',
    'drafted from the code by `interlock init`: every `todo` is a decision the code does not show.',
    '',
    '```sh',
    `npx interlock check ${contract}        # valid and lint-clean? (each todo is reported until decided)`,
    `npx interlock drift ${contract}        # does it still match the header, the Rust exports and the Go calls?`,
    `npx interlock checklist --contract ${contract} -f md > CHECKLIST.md   # the audit for this boundary`,
    '```',
    '',
    'CI runs `interlock check` and `interlock diff` on every change to it and blocks the merge until a',
    'boundary owner has done the audit the change needs.',
    '',
  ].join('\n');
}

/** The files besides the draft itself. */
export function scaffoldFiles(input: ScaffoldInput): ScaffoldFile[] {
  const glob = contractsGlob(input.contract);
  const folder = glob.slice(0, -'*.yaml'.length);
  const ci = input.ci === 'github'
    ? { path: '.github/workflows/boundary-contract.yml', text: githubWorkflow(glob) }
    : { path: 'ci/boundary-contract.gitlab-ci.yml', text: gitlabJob(glob, input.version) };
  // Beside a contract at the top of the repository, a README.md would be the project's own: use BOUNDARY.md.
  return [ci, { path: folder === '' ? 'BOUNDARY.md' : `${folder}README.md`, text: readme(input.contract) }];
}
