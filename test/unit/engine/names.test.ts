// Names typed by users are refused by allow-lists, with a reason; prose is refused when it could reshape Markdown.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { abiVersionProblem, crateNameProblem, dateProblem, goModuleProblem, incidentIdProblem, projectNameProblem, proseProblem } from '../../../src/lib/engine/names.ts';

test('project and crate names: lower-case kebab or snake case, nothing else', () => {
  for (const ok of ['imgproc', 'storage-engine', 'storage_engine', 'a1']) assert.equal(projectNameProblem(ok), undefined, ok);
  assert.deepEqual(
    ['Imgproc', 'img proc', 'img`proc', 'img--proc', '-img', '', 'con', 'std', 'x'.repeat(65), '../etc', 'img<script>'].map((n) => projectNameProblem(n)),
    [
      'must be lower-case kebab-case or snake_case (a-z, 0-9, single - or _ between words), starting with a letter',
      'must be lower-case kebab-case or snake_case (a-z, 0-9, single - or _ between words), starting with a letter',
      'must be lower-case kebab-case or snake_case (a-z, 0-9, single - or _ between words), starting with a letter',
      'must be lower-case kebab-case or snake_case (a-z, 0-9, single - or _ between words), starting with a letter',
      'must be lower-case kebab-case or snake_case (a-z, 0-9, single - or _ between words), starting with a letter',
      'must not be empty',
      'is a reserved device name on Windows',
      'is reserved for Rust crates',
      'is longer than 64 characters',
      'must be lower-case kebab-case or snake_case (a-z, 0-9, single - or _ between words), starting with a letter',
      'must be lower-case kebab-case or snake_case (a-z, 0-9, single - or _ between words), starting with a letter',
    ],
  );
  assert.equal(crateNameProblem('self'), 'is reserved for Rust crates');
});

test('Go module paths follow the module path rules', () => {
  assert.equal(goModuleProblem('example.com/storage/engine'), undefined);
  assert.equal(goModuleProblem('example.com/x/v2'), undefined);
  assert.equal(goModuleProblem('localhost/x'), 'first element "localhost" must be a domain name with a dot (like example.com)');
  assert.equal(goModuleProblem('example.com/a b'), 'element "a b" may hold only ASCII letters, digits and . _ ~ -');
  assert.equal(goModuleProblem('example.com/../x'), 'element ".." must not start or end with a dot');
  assert.equal(goModuleProblem('example.com/x/v1'), 'major version suffix "v1" must be v2 or higher without leading zeros');
});

test('ABI versions, dates and incident IDs', () => {
  assert.equal(abiVersionProblem('3.1'), undefined);
  assert.equal(abiVersionProblem('3.01'), 'must be MAJOR.MINOR, like 3.1');
  assert.equal(abiVersionProblem('3'), 'must be MAJOR.MINOR, like 3.1');
  assert.equal(dateProblem('2026-11-21'), undefined);
  assert.equal(dateProblem('2028-02-29'), undefined);
  assert.equal(dateProblem('2026-02-29'), 'is not a real calendar date');
  assert.equal(dateProblem('2026-13-01'), 'is not a real calendar date');
  assert.equal(dateProblem('21/11/2026'), 'must be a date written YYYY-MM-DD');
  assert.equal(incidentIdProblem('INC-2026-014'), undefined);
  assert.equal(incidentIdProblem('INC 14'), 'may hold only ASCII letters, digits and single dashes, starting with a letter');
  assert.equal(incidentIdProblem('x'.repeat(41)), 'is longer than 40 characters');
});

test('prose: plain sentences only', () => {
  assert.equal(proseProblem('A retry closed the image twice.\nThe second Close freed it again.', 200), undefined);
  assert.equal(proseProblem('   ', 200), 'must not be empty');
  assert.equal(proseProblem('x'.repeat(201), 200), 'is longer than 200 characters');
  assert.equal(proseProblem('see <img src=x onerror=alert(1)>', 200), 'must not contain "<" (HTML is not allowed; write "less than")');
  assert.equal(proseProblem('run `rm -rf`', 200), 'must not contain backticks');
  assert.equal(proseProblem('ok\u202etxt', 200), 'must not contain the control character U+202E');
  assert.equal(proseProblem('fine\n## Action items\n- [x] fake', 200), 'must be plain sentences: no line may start with a Markdown heading, fence, rule, table or quote marker');
  assert.equal(proseProblem('a\n| x | y |', 200), 'must be plain sentences: no line may start with a Markdown heading, fence, rule, table or quote marker');
});
