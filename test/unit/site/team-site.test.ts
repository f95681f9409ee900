// A team's site configuration: what a good one gives the build, and how a bad one is refused (file:line:column).
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadTeamSite, TeamSiteError } from '../../../src/node/site/team-site.ts';
import { teamSidebar } from '../../../src/site/team-sidebar.ts';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'interlock-team-site-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

function refusal(yaml: string, reserved: string[] = []): string[] {
  const dir = mkdtempSync(join(scratch, 'case-'));
  mkdirSync(join(dir, 'contracts'));
  writeFileSync(join(dir, 'contracts', 'imgcodec.yaml'), 'interlock: 1\n');
  writeFileSync(join(dir, 'site.yaml'), yaml);
  try {
    loadTeamSite('site.yaml', dir, new Set(reserved));
  } catch (error) {
    assert.ok(error instanceof TeamSiteError, String(error));
    return error.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code}: ${d.message}`);
  }
  return [];
}

test('no configuration: the site is Interlock\'s own', () => {
  assert.equal(loadTeamSite(undefined), undefined);
  assert.equal(loadTeamSite(''), undefined);
});

test('the fixture team: folders resolved next to the file, contracts read, the sidebar group built from titles', () => {
  const team = loadTeamSite('test/fixtures/team-site/interlock-site.yaml', REPO, new Set(['imgcodec']));
  assert.ok(team !== undefined);
  assert.deepEqual({ ...team, contracts: team.contracts.map((c) => c.file) }, {
    name: 'Tiles team',
    site: 'https://handbook.tiles.test',
    edit: 'https://git.tiles.test/tiles/service/edit/main/handbook/',
    contracts: ['test/fixtures/team-site/contracts/tilestore.yaml'],
    pagesDir: join(REPO, 'test/fixtures/team-site/handbook'),
    diagramsDir: join(REPO, 'test/fixtures/team-site/diagrams'),
  });
  assert.deepEqual(teamSidebar(team), [{ label: 'Tiles team', items: [{ label: 'Tiles on-call notes', link: '/team/on-call/' }, { label: 'Contract: tilestore', link: '/contracts/tilestore/' }] }]);
});

test('refused: a missing file, an unknown key, a URL that is not one, a folder outside, a folder that is not there', () => {
  assert.throws(() => loadTeamSite('nowhere.yaml', scratch), /nowhere\.yaml:1:1: INTERLOCK_SITE_CONFIG names a file that does not exist/);
  assert.deepEqual(refusal('name: T\nsite: https://a.test\ncolour: red\n'), ['site.yaml:3:1 schema-unknown-field: unknown field "colour" in the site configuration']);
  assert.deepEqual(refusal('name: T\nsite: ftp://a.test\n'), ['site.yaml:2:7 schema-invalid: site "ftp://a.test": Invalid URL']);
  assert.deepEqual(refusal('name: T\nsite: https://a.test\npages: ../elsewhere\n'), ['site.yaml:3:8 schema-bad-name: pages "../elsewhere": a relative folder path (letters, digits, . _ - /), without ".."']);
  assert.deepEqual(refusal('name: T\nsite: https://a.test\npages: handbook\n'), ['site.yaml:3:8 site-folder: pages: handbook is not a folder next to site.yaml']);
});

test("refused: a team contract that takes a sample's name", () => {
  assert.deepEqual(refusal('name: T\nsite: https://a.test\ncontracts: contracts\n', ['imgcodec']), [
    'site.yaml:3:12 site-folder: contract file imgcodec.yaml: its name must be lowercase letters, digits and "-", and not one of Interlock\'s samples (imgcodec)',
  ]);
});
