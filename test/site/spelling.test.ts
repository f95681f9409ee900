// Every built page's prose (not its code) is spelled right and punctuated like prose: the suite catches
// the next "runs thelint rules" or "do it.56 rules" (text glued to a link or an expression by the
// template) before a reader does. Words the dictionaries lack are in test/site/cspell.config.yaml.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtHtmlFiles, DIST } from '../support/dist.ts';
import { pageProse } from '../support/page-prose.ts';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const PROSE = join(REPO, '.cache', 'prose');
const pages = builtHtmlFiles();
const prose = new Map(pages.map((file) => [file, pageProse(readFileSync(join(DIST, file), 'utf8'))]));

/** Each page's prose as a text file named after the page, so cspell's findings name the page. */
before(() => {
  rmSync(PROSE, { recursive: true, force: true });
  mkdirSync(PROSE, { recursive: true });
  for (const [file, text] of prose) writeFileSync(join(PROSE, `${file.replaceAll('/', '__')}.txt`), `${text}\n`);
  // A canary: the configuration must still find a misspelling, or the check below would pass on anything.
  writeFileSync(join(PROSE, 'canary.txt'), 'It runs thelint rules on GOMAXPROCS and behaviour.\n');
});

test('the prose extractor reads the page content and keeps words apart', () => {
  assert.ok(pages.length >= 100, `only ${pages.length} pages`);
  const text = prose.get('memory-models/go-runtime/index.html') ?? '';
  assert.ok(text.split(/\s+/).length > 500, 'a handbook page has hundreds of words of prose');
  assert.doesNotMatch(text, /Skip to content|func |C\.free\(/, 'no navigation chrome and no code');
  // Text glued to a link stays glued (a reader sees it so); inline code stands as a mark.
  assert.equal(pageProse('<nav>Menu</nav><main><h2>Lint</h2><p>runs the<a href="/lint/">lint</a> rules; do it.56 <code>a</code> or <code>b</code></p></main>'), 'Lint\nruns thelint rules; do it.56 § or §');
});

test('no unknown word in any page (cspell, British and American English plus the project words)', () => {
  const r = spawnSync(join(REPO, 'node_modules', '.bin', 'cspell'), ['--no-progress', '--no-summary', '--no-gitignore', '--config', join(REPO, 'test', 'site', 'cspell.config.yaml'), `${PROSE}/*.txt`], { cwd: REPO, encoding: 'utf8' });
  const findings = r.stdout.split('\n').filter(Boolean).map((line) => line.replace(/^.*?prose\//, '').replaceAll('__', '/').replace('.html.txt', '.html'));
  assert.deepEqual(findings, ['canary.txt:1:9 - Unknown word (thelint)'], 'only the canary may be reported');
});

test('no word glued to a number by a full stop ("do it.56") and no doubled word ("the the")', () => {
  const problems: string[] = [];
  for (const [file, text] of prose) {
    for (const m of text.matchAll(/\b[A-Za-z]{2,}[.,;:!?][0-9]+\b(?!\.\d)/g)) if (!/^localhost:/.test(m[0])) problems.push(`${file}: "${m[0]}"`);
    for (const m of text.matchAll(/\b([A-Za-z]+) \1\b/g)) if (!/^(that|had)$/i.test(m[1]!)) problems.push(`${file}: "${m[0]}"`);
  }
  assert.deepEqual(problems, []);
});
