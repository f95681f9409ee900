// Share links: answers round-trip through the URL fragment; crafted or oversized fragments return errors, never throw.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAnswersFile } from '../../../src/lib/engine/answers-schema.ts';
import { decodeFragment, encodeFragment, MAX_FRAGMENT_LENGTH } from '../../../src/lib/engine/fragment.ts';
import { repoPlaybook, ROOT } from './repo-playbook.ts';

const q = repoPlaybook().questionnaire;
const load = (name: string) => {
  const parsed = parseAnswersFile(readFileSync(join(ROOT, 'test/fixtures/engine', name)), name, q);
  if (parsed.answers === undefined) throw new Error(name);
  return parsed.answers;
};

test('the small answer set encodes to a short, readable fragment', () => {
  assert.equal(
    encodeFragment(load('answers-small.yaml'), q),
    'v=1&project=imgproc&crate=imgproc&go-module=example.com/imgproc&abi=3.1&handles=yes&handle-sharing=one-at-a-time&teardown=no&buffers=none&strings=no&secrets=no&structs=no&enums=no&abi-version=yes&callbacks=none&blocking=no&errors=return-code&panics=catch&purpose=review',
  );
});

test('answers survive a round trip, with or without the leading #', () => {
  for (const name of ['answers-small.yaml', 'answers-full.yaml']) {
    const answers = load(name);
    const text = encodeFragment(answers, q);
    assert.ok(text.length < 600, `${name}: ${text.length} characters`);
    for (const fragment of [text, `#${text}`]) {
      const decoded = decodeFragment(fragment, q);
      assert.ok(decoded.ok, name);
      assert.deepEqual(decoded.answers, answers);
      assert.deepEqual(decoded.warnings, []);
    }
  }
});

test('options are written in questionnaire order whatever order they were chosen in', () => {
  const text = encodeFragment({ choices: { errors: ['last-error', 'out-param'] } }, q);
  assert.equal(text, 'v=1&errors=out-param,last-error');
});

test('a partial answer set decodes with warnings for the unanswered questions', () => {
  const decoded = decodeFragment('#v=1&handles=yes', q);
  assert.ok(decoded.ok);
  assert.deepEqual(decoded.answers, { choices: { handles: ['yes'] } });
  assert.equal(decoded.warnings.every((w) => w.code === 'answer-missing'), true);
});

test('crafted fragments return an error value naming the problem', () => {
  const cases: Array<[string, string, string]> = [
    ['', 'fragment-empty', 'the link holds no answers'],
    ['#', 'fragment-empty', 'the link holds no answers'],
    ['v=1&' + 'x'.repeat(MAX_FRAGMENT_LENGTH), 'fragment-too-long', `the link's answers are longer than ${MAX_FRAGMENT_LENGTH} characters`],
    ['v=1&project=img%20proc', 'fragment-bad-character', 'the link contains a character answers never use (U+0025 at position 16)'],
    ['v=1&handles=<script>', 'fragment-bad-character', 'the link contains a character answers never use (U+003C at position 13)'],
    ['v=1&handles=yes\u202e', 'fragment-bad-character', 'the link contains a character answers never use (U+202E at position 16)'],
    ['v=1&handles', 'fragment-malformed', '"handles" is not of the form key=value'],
    ['v=1&handles=', 'fragment-malformed', '"handles=" is not of the form key=value'],
    ['v=1&a=b=c', 'fragment-malformed', '"a=b=c" is not of the form key=value'],
    ['v=1' + '&a=b'.repeat(64), 'fragment-malformed', 'the link has more than 64 parts'],
    ['handles=yes', 'fragment-version', 'the link does not start with a format version (v=1)'],
    ['v=2&handles=yes', 'fragment-version', 'the link uses format version 2; this version of Interlock reads version 1'],
    ['v=1&handles=yes&handles=no', 'fragment-duplicate-key', '"handles" appears twice in the link'],
    ['v=1&v=1', 'fragment-duplicate-key', '"v" appears twice in the link'],
    ['v=1&project=Img', 'fragment-bad-name', 'project "Img" must be lower-case kebab-case or snake_case (a-z, 0-9, single - or _ between words), starting with a letter'],
    ['v=1&go-module=localhost/x', 'fragment-bad-name', 'go-module "localhost/x" first element "localhost" must be a domain name with a dot (like example.com)'],
    ['v=1&abi=3', 'fragment-bad-name', 'abi "3" must be MAJOR.MINOR, like 3.1'],
    ['v=1&handels=yes', 'fragment-bad-answer', 'there is no question "handels"'],
    ['v=1&handles=maybe', 'fragment-bad-answer', 'question "handles" has no option "maybe"'],
    ['v=1&handles=yes,no', 'fragment-bad-answer', 'question "handles" takes one option, not a list'],
    ['v=1&buffers=none,rust-owned', 'fragment-bad-answer', 'option "none" of question "buffers" cannot be combined with other options'],
    ['v=1&__proto__=x', 'fragment-bad-answer', 'there is no question "__proto__"'],
    ['v=1&constructor=yes', 'fragment-bad-answer', 'there is no question "constructor"'],
  ];
  for (const [fragment, code, message] of cases) {
    const decoded = decodeFragment(fragment, q);
    assert.deepEqual(decoded, { ok: false, error: { code, message } }, fragment.slice(0, 60));
  }
});

test('random fragments never throw', () => {
  let seed = 42;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  const alphabet = 'v=1&,-._~/abcdefghijklmnopqrstuvwxyzAZ09%#<>"\'\u0000\u202e😀 ';
  for (let i = 0; i < 2000; i += 1) {
    let s = next() % 3 === 0 ? 'v=1&' : '';
    const n = next() % 80;
    for (let k = 0; k < n; k += 1) s += [...alphabet][next() % [...alphabet].length];
    const decoded = decodeFragment(s, q);
    assert.equal(typeof decoded.ok, 'boolean');
  }
  assert.equal(decodeFragment(undefined as unknown as string, q).ok, false);
});
