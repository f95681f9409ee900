// The wizard in a real browser: keyboard answers, share links, crafted fragments, progress, exports that match the
// CLI byte for byte, the zip, contract import, examples loaded on demand, print, and axe in both themes.
import { expect, test, type Download, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAnswersFile } from '../../src/lib/engine/answers-schema.ts';
import { encodeFragment } from '../../src/lib/engine/fragment.ts';
import { loadRepository } from '../../src/node/repository.ts';
import { readZip } from '../unit/bundle/zip-reader.ts';
import { expectNoAxeViolations } from './axe.ts';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURES = join(REPO, 'test', 'fixtures', 'wizard');
const { questionnaire } = loadRepository(REPO).playbook;

/** The CLI's output for the same input, run the way a user runs it. */
function cli(args: string[], cwd = REPO): Buffer {
  const r = spawnSync(process.execPath, [join(REPO, 'bin', 'interlock.js'), ...args], { cwd, maxBuffer: 64 * 1024 * 1024 });
  expect(r.status, r.stderr.toString()).toBe(0);
  return r.stdout;
}

/** The share-link fragment for an answers fixture, encoded by the engine itself. */
function fragmentOf(fixture: string): string {
  const parsed = parseAnswersFile(readFileSync(join(FIXTURES, fixture)), fixture, questionnaire);
  if (parsed.answers === undefined) throw new Error(`${fixture} is not valid`);
  return encodeFragment(parsed.answers, questionnaire);
}

async function open(page: Page, fragment = ''): Promise<void> {
  await page.goto(`/wizard/${fragment === '' ? '' : `#${fragment}`}`);
  await expect(page.locator('#wz')).toHaveAttribute('data-ready', 'true');
}

async function downloaded(page: Page, button: string): Promise<Buffer> {
  const [download]: [Download, void] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const path = await download.path();
  return readFileSync(path);
}

const today = (): string => new Date().toISOString().slice(0, 10);

test.describe('wizard', () => {
  test('answering with the keyboard alone makes the checklist appear and follow each answer', async ({ page }) => {
    await open(page);
    const status = page.locator('#wz-status');
    await expect(status).toHaveText('Answer the questions above; the checklist appears here and follows every change.');
    await expect(status).toHaveAttribute('aria-live', 'polite');

    await page.getByRole('textbox', { name: 'Project name' }).focus();
    await page.keyboard.type('imgcodec');
    // Tab onwards until the first question's first option has focus, then choose it with Space.
    const yes = page.getByRole('radio', { name: 'Yes, Go holds handles to Rust objects' });
    for (let i = 0; i < 10 && !(await yes.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(yes).toBeFocused();
    await page.keyboard.press('Space');
    await expect(yes).toBeChecked();
    await expect(status).toHaveText(/^\d+ checks from 1 answer: \d+ critical, \d+ high, \d+ medium, \d+ low\.$/);
    const first = await status.textContent();
    await expect(page.locator('#wz-item-IL-HDL-001')).toBeVisible();

    // The follow-up question appears only now; Tab reaches it, and the arrow key picks its second option.
    const sharing = page.getByRole('group', { name: 'Can one handle be used by several goroutines at the same time?' });
    await expect(sharing).toBeVisible();
    // Past the help links of the first question (links are tab stops), into the new question's radio group.
    const sharingFirst = sharing.getByRole('radio').first();
    for (let i = 0; i < 10 && !(await sharingFirst.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(sharingFirst).toBeFocused();
    await page.keyboard.press('Space');
    await expect(sharing.getByRole('radio', { name: 'Yes, several goroutines may use it concurrently' })).toBeChecked();
    await expect(status).not.toHaveText(first ?? '');
    await expect(status).toHaveText(/^\d+ checks from 2 answers/);
    await expect(page).toHaveURL(/#v=1&project=imgcodec&handles=yes&handle-sharing=shared$/);

    // Unchecking "handles" hides its follow-up and drops its checks again.
    await page.getByRole('radio', { name: 'No, only plain values and buffers cross' }).focus();
    await page.keyboard.press('Space');
    await expect(sharing).toBeHidden();
    await expect(page.locator('#wz-item-IL-HDL-001')).toHaveCount(0);
  });

  test('a share link reopens the same answers', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await open(page);
    await page.getByRole('radio', { name: 'Yes, Go holds handles to Rust objects' }).check();
    await page.getByRole('checkbox', { name: 'Rust allocates a buffer and returns it to Go' }).check();
    await page.getByRole('checkbox', { name: 'An integer status code returned by the call' }).check();
    await page.getByRole('textbox', { name: 'Go module path' }).fill('example.com/imgcodec');
    await page.getByRole('button', { name: 'Copy share link' }).click();
    await expect(page.locator('#wz-notice')).toHaveText(/^Share link copied/);
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/\/wizard\/#v=1&go-module=example\.com\/imgcodec&handles=yes&buffers=rust-owned&errors=return-code$/);
    const status = await page.locator('#wz-status').textContent();

    const other = await context.newPage();
    await other.goto(link);
    await expect(other.locator('#wz')).toHaveAttribute('data-ready', 'true');
    await expect(other.getByRole('radio', { name: 'Yes, Go holds handles to Rust objects' })).toBeChecked();
    await expect(other.getByRole('checkbox', { name: 'Rust allocates a buffer and returns it to Go' })).toBeChecked();
    await expect(other.getByRole('textbox', { name: 'Go module path' })).toHaveValue('example.com/imgcodec');
    await expect(other.locator('#wz-status')).toHaveText(status ?? '');

    // Copy Markdown puts exactly the downloadable document on the clipboard.
    await other.getByRole('button', { name: 'Copy Markdown' }).click();
    await expect(other.locator('#wz-notice')).toHaveText('Markdown copied to the clipboard.');
    const copied = await other.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe((await downloaded(other, 'Download Markdown')).toString('utf8'));
  });

  test('a crafted, oversized or foreign fragment shows a clear message and never breaks the page', async ({ page }) => {
    const crafted: Array<[string, string]> = [
      // The browser percent-encodes "<" and spaces in the fragment; the "%" is what the decoder refuses.
      ['v=1&handles=<img src=x onerror=alert(1)>', "This link's answers could not be used: the link contains a character answers never use (U+0025 at position 13)."],
      [`v=1&${'x'.repeat(5000)}`, "This link's answers could not be used: the link's answers are longer than 2048 characters."],
      ['v=9&handles=yes', "This link's answers could not be used: the link uses format version 9; this version of Interlock reads version 1."],
      ['v=1&handles=maybe', 'This link\'s answers could not be used: question "handles" has no option "maybe".'],
      ['v=1&project=Robert-Tables', 'This link\'s answers could not be used: project "Robert-Tables" must be lower-case kebab-case or snake_case (a-z, 0-9, single - or _ between words), starting with a letter.'],
    ];
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    for (const [fragment, message] of crafted) {
      // A fresh load each time: going from one fragment to another is an in-page hash change, not a new page.
      await page.goto('about:blank');
      await open(page, fragment);
      const notice = page.locator('#wz-notice');
      await expect(notice).toHaveAttribute('aria-live', 'polite');
      await expect(notice).toHaveText(`${message} The wizard shows your own answers instead.`);
      await expect(page.locator('#wz-status')).toHaveText(/^Answer the questions above/);
      // The page still works after the refusal.
      await page.getByRole('radio', { name: 'Yes, Go holds handles to Rust objects' }).check();
      await expect(page.locator('#wz-status')).toHaveText(/^\d+ checks from 1 answer/);
    }
    expect(problems).toEqual([]);
  });

  test('ticked boxes survive a reload, and Reset progress clears them', async ({ page }) => {
    await open(page, 'v=1&handles=yes');
    const box = page.getByRole('checkbox', { name: /Each handle is freed exactly once/ });
    await box.focus();
    await page.keyboard.press('Space');
    await expect(box).toBeChecked();
    await expect(page.locator('#wz-progress')).toHaveText(/^1 of \d+ ticked\.$/);
    await page.reload();
    await expect(page.locator('#wz')).toHaveAttribute('data-ready', 'true');
    await expect(page.getByRole('checkbox', { name: /Each handle is freed exactly once/ })).toBeChecked();
    await page.getByRole('button', { name: 'Reset progress' }).click();
    await expect(page.getByRole('checkbox', { name: /Each handle is freed exactly once/ })).not.toBeChecked();
    await expect(page.locator('#wz-notice')).toHaveText(/^Progress cleared/);
    await page.reload();
    await expect(page.locator('#wz')).toHaveAttribute('data-ready', 'true');
    await expect(page.getByRole('checkbox', { name: /Each handle is freed exactly once/ })).not.toBeChecked();
  });

  test('Markdown and JSON downloads are byte-identical to interlock checklist for the same answers', async ({ page }) => {
    for (const fixture of ['answers-handles.yaml', 'answers-buffers.yaml']) {
      await open(page, fragmentOf(fixture));
      const answers = join(FIXTURES, fixture);
      // Compared as text first (a readable diff on failure), then byte for byte.
      const md = await downloaded(page, 'Download Markdown');
      const mdCli = cli(['checklist', '--answers', answers, '--date', today()]);
      expect(md.toString('utf8')).toBe(mdCli.toString('utf8'));
      expect(md.equals(mdCli)).toBe(true);
      const json = await downloaded(page, 'Download JSON');
      const jsonCli = cli(['checklist', '--answers', answers, '--format', 'json', '--date', today()]);
      expect(json.toString('utf8')).toBe(jsonCli.toString('utf8'));
      expect(json.equals(jsonCli)).toBe(true);
    }
  });

  test('issue 13: triage - answers vs baseline, why each check is listed, folded explanations, a copy button per command, filters, "I don\'t know"', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await open(page, 'v=1&handles=yes&handle-sharing=unknown');
    const own = page.locator('.wz-scope-own');
    const base = page.locator('.wz-scope-base');
    await expect(own.getByRole('heading', { level: 3 })).toHaveText(/^From your answers \(\d+\)$/);
    await expect(base.getByRole('heading', { level: 3 })).toHaveText(/^Every boundary \(\d+\)$/);
    await expect(own.locator('#wz-item-IL-HDL-001')).toHaveCount(1);
    await expect(base.locator('#wz-item-IL-OWN-001')).toHaveCount(1);
    await expect(page.locator('#wz-summary-counts')).toHaveText(/^\d+ checks: \d+ from your answers, \d+ for every boundary\.$/);
    // The shared-handle check stays while the answer is unknown, and says how to find out.
    await expect(own.locator('#wz-item-IL-THR-001 .wz-why-listed')).toHaveText(/^Kept until you know \(Can one handle be used by several goroutines at the same time\? I don't know yet\)\. To find out: Search the Go code/);
    await expect(own.locator('#wz-item-IL-HDL-001 .wz-why-listed')).toHaveText(/^Because you answered: Does Rust give Go pointers/);
    // Explanations are folded until asked for.
    await expect(page.locator('#wz-body-IL-HDL-001')).toBeHidden();
    await page.locator('#wz-item-IL-HDL-001 button.wz-more').click();
    await expect(page.locator('#wz-item-IL-HDL-001 button.wz-more')).toHaveAttribute('aria-expanded', 'true');
    await expect(page.locator('#wz-body-IL-HDL-001')).toBeVisible();
    // One copy button per command block, and it copies that block.
    expect(await page.locator('button.wz-copy').count()).toBe(await page.locator('pre.wz-run').count());
    const first = page.locator('#wz-body-IL-HDL-001 button.wz-copy').first();
    await first.click();
    await expect(page.locator('#wz-notice')).toHaveText('Commands copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.locator('#wz-body-IL-HDL-001 pre.wz-run').first().textContent());
    // Filters hide what the reader leaves out.
    await page.getByRole('checkbox', { name: 'low', exact: true }).uncheck();
    await expect(page.locator('.wz-item[data-severity="low"]:visible')).toHaveCount(0);
    await page.getByRole('combobox', { name: 'phase' }).selectOption('testing');
    const visible = page.locator('.wz-item:visible');
    expect(await visible.count()).toBeGreaterThan(0);
    for (const phase of await visible.evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset['phase']))) expect(phase).toBe('testing');
  });

  test('issue 13: a share link reopens the same postmortem, fields and marks, in a browser that never saw it', async ({ page, context, browser }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await open(page, fragmentOf('answers-incident.yaml'));
    const form = page.getByRole('group', { name: 'Postmortem' });
    await form.getByLabel('Incident ID (required)').fill('INC-2026-021');
    await form.getByLabel('Title (required)').fill('Close raced a decode on a shared handle');
    await form.getByLabel('Fault class (required)').selectOption('use-after-free');
    await form.getByLabel('Summary (required)').fill('Close freed the handle while another goroutine was still inside a call — a use-after-free.');
    await page.locator('#wz-failed-IL-HDL-001').check();
    await page.locator('#wz-done-IL-OWN-001').check();
    await page.getByRole('button', { name: 'Copy share link' }).click();
    await expect(page.locator('#wz-notice')).toHaveText('Share link copied: it reopens these answers, ticks, failed marks and postmortem notes.');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/&s=[A-Za-z0-9_-]+$/);

    const fresh = await browser.newContext();
    try {
      const other = await fresh.newPage();
      await other.goto(link);
      await expect(other.locator('#wz')).toHaveAttribute('data-ready', 'true');
      const otherForm = other.getByRole('group', { name: 'Postmortem' });
      await expect(otherForm.getByLabel('Incident ID (required)')).toHaveValue('INC-2026-021');
      await expect(otherForm.getByLabel('Fault class (required)')).toHaveValue('use-after-free');
      await expect(otherForm.getByLabel('Summary (required)')).toHaveValue('Close freed the handle while another goroutine was still inside a call — a use-after-free.');
      await expect(other.locator('#wz-failed-IL-HDL-001')).toBeChecked();
      await expect(other.locator('#wz-done-IL-OWN-001')).toBeChecked();
      const view = other.locator('#wz-postmortem-view');
      await expect(view.getByRole('heading', { name: 'Postmortem INC-2026-021: Close raced a decode on a shared handle' })).toBeVisible();
      await expect(view.locator('.wz-actions li').first()).toHaveText(/^IL-HDL-001 .* \(critical, failed, guards this fault class\)$/);
    } finally {
      await fresh.close();
    }

    // Notes too long for a link: the link carries the answers only, and the page says so.
    for (const label of ['Summary (required)', 'Impact', 'Trigger', 'Detection', 'Resolution']) await form.getByLabel(label).fill('é'.repeat(2000));
    await page.getByRole('button', { name: 'Copy share link' }).click();
    await expect(page.locator('#wz-notice')).toHaveText(/^Share link copied: it reopens these answers only: the ticks and postmortem notes need \d+ characters, more than the 16000 a link can safely carry, so download the Markdown to share them\.$/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).not.toContain('&s=');
  });

  test('postmortem mode: incident header, action items, and exports identical to interlock checklist --postmortem', async ({ page }) => {
    await open(page, fragmentOf('answers-incident.yaml'));
    const form = page.getByRole('group', { name: 'Postmortem' });
    await expect(form).toBeVisible();
    await form.getByLabel('Incident ID (required)').fill('INC-2026-014');
    await form.getByLabel('Date of the incident (required)').fill('2026-03-02');
    await form.getByLabel('Title (required)').fill('Double free in key rotation under load');
    await form.getByLabel('Fault class (required)').selectOption('double-free');
    await form.getByLabel('Summary (required)').fill(
      'A retry path called vault_key_free on a key that the Close method had already freed, and the process crashed with a glibc double-free abort on two of five replicas.',
    );
    await form.getByLabel('Impact').fill('Key rotation failed for 40 minutes; two replicas restarted.');
    await page.locator('#wz-failed-IL-HDL-001').check();
    await page.locator('#wz-done-IL-OWN-001').check();

    const view = page.locator('#wz-postmortem-view');
    await expect(view.getByRole('heading', { name: 'Postmortem INC-2026-014: Double free in key rotation under load' })).toBeVisible();
    await expect(view).toContainText('Double free: The same allocation was released twice');
    await expect(view.locator('.wz-actions li').first()).toHaveText(/^IL-HDL-001 .* \(critical, failed, guards this fault class\)$/);

    const args = ['checklist', '--answers', join(FIXTURES, 'answers-incident.yaml'), '--postmortem', join(FIXTURES, 'incident.yaml'), '--date', today()];
    // Compared as text first, so a difference shows as a diff, then byte for byte.
    const md = await downloaded(page, 'Download Markdown');
    const mdCli = cli(args);
    expect(md.toString('utf8')).toBe(mdCli.toString('utf8'));
    expect(md.equals(mdCli)).toBe(true);
    const json = await downloaded(page, 'Download JSON');
    const jsonCli = cli([...args, '--format', 'json']);
    expect(json.toString('utf8')).toBe(jsonCli.toString('utf8'));
    expect(json.equals(jsonCli)).toBe(true);
  });

  test('the zip bundle downloads with the expected entries, byte-identical to interlock bundle', async ({ page }) => {
    await open(page, fragmentOf('answers-buffers.yaml'));
    const zip = await downloaded(page, 'Download zip bundle');
    const entries = readZip(new Uint8Array(zip));
    const paths = entries.map((e) => e.path);
    expect(paths.slice(0, 5)).toEqual([
      'interlock-audit/README.md',
      'interlock-audit/CHECKLIST.md',
      'interlock-audit/checklist.json',
      'interlock-audit/contract.yaml',
      'interlock-audit/audit.sh',
    ]);
    expect(paths).toContain('interlock-audit/lab/lab.sh');
    expect(paths).toContain('interlock-audit/lab/patterns/_shared/rust/ledger.rs');
    expect(paths).toContain('interlock-audit/lab/patterns/rust-owned-buffer/rust/src/lib.rs');
    const dir = mkdtempSync(join(tmpdir(), 'interlock-e2e-'));
    try {
      const out = join(dir, 'cli.zip');
      cli(['bundle', '--answers', join(FIXTURES, 'answers-buffers.yaml'), '--date', today(), '-o', out]);
      expect(zip.equals(readFileSync(out))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('pasting a sample contract fills the answers; a broken one shows line:column diagnostics', async ({ page }) => {
    await open(page);
    await page.getByText('Start from a boundary contract instead').click();
    const box = page.getByLabel('Contract YAML');
    await box.fill(readFileSync(join(REPO, 'content', 'contracts', 'imgcodec.yaml'), 'utf8'));
    await page.getByRole('button', { name: 'Fill answers from contract' }).click();
    const result = page.locator('#wz-contract-result');
    await expect(result).toContainText('The checklist now follows contract.yaml');
    await expect(page.getByRole('radio', { name: 'Yes, Go holds handles to Rust objects' })).toBeChecked();
    await expect(page.getByRole('radio', { name: 'Yes, several goroutines may use it concurrently' })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Rust allocates a buffer and returns it to Go' })).toBeChecked();
    await expect(page.getByRole('textbox', { name: 'Project name' })).toHaveValue('imgcodec');
    await expect(page.getByRole('textbox', { name: 'ABI version' })).toHaveValue('3.1');
    await expect(page).toHaveURL(/#v=1&project=imgcodec&go-module=example\.com\/imgcodec&abi=3\.1&handles=yes/);

    await box.fill('interlock: 1\nlibrary:\n  name: Bad Name\n  abi: "1.0"\n  go_package: example.com/x\nfunctions: {}\n');
    await page.getByRole('button', { name: 'Fill answers from contract' }).click();
    await expect(result).toContainText('The contract could not be used');
    await expect(result.locator('pre').first()).toHaveText(/^contract\.yaml:3:9: error \S+: library name "Bad Name" must be lower-case/);
    // The answers from the good contract are still there.
    await expect(page.getByRole('textbox', { name: 'Project name' })).toHaveValue('imgcodec');
  });

  test('an imported contract drives the checklist and its exports, byte for byte as interlock checklist --contract', async ({ page }) => {
    const dir = mkdtempSync(join(tmpdir(), 'interlock-e2e-'));
    try {
      // The wizard names pasted text contract.yaml; the CLI reads a file of that name, with the same sources: block.
      const text = readFileSync(join(REPO, 'content', 'contracts', 'crypto-vault.yaml'), 'utf8');
      writeFileSync(join(dir, 'contract.yaml'), text);
      await open(page);
      await page.getByText('Start from a boundary contract instead').click();
      await page.getByLabel('Contract YAML').fill(text);
      await page.getByRole('button', { name: 'Fill answers from contract' }).click();
      await expect(page.locator('#wz-contract-result')).toContainText('The checklist now follows contract.yaml');
      await expect(page.locator('#wz-status')).toHaveText(/^\d+ checks from the contract: /);
      await expect(page.locator('#wz-items')).toContainText('Because the contract declares');

      const md = await downloaded(page, 'Download Markdown');
      expect(md.toString()).toBe(cli(['checklist', '--contract', 'contract.yaml', '--date', today()], dir).toString());
      const json = await downloaded(page, 'Download JSON');
      expect(json.toString()).toBe(cli(['checklist', '--contract', 'contract.yaml', '--format', 'json', '--date', today()], dir).toString());
      const zip = await downloaded(page, 'Download zip bundle');
      cli(['bundle', '--contract', 'contract.yaml', '--date', today(), '-o', 'cli.zip'], dir);
      expect(zip.equals(readFileSync(join(dir, 'cli.zip')))).toBe(true);

      // Changing an answer hands the checklist back to the answers, and says so.
      await page.getByRole('radio', { name: 'No, only plain values and buffers cross' }).check();
      await expect(page.locator('#wz-notice')).toHaveText('You changed an answer: the checklist follows the answers now, no longer the imported contract.');
      await expect(page.locator('#wz-status')).toHaveText(/^\d+ checks from \d+ answers: /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('example code loads only when its example is opened', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/wizard-data/')) fetched.push(new URL(r.url()).pathname);
    });
    await open(page, 'v=1&handles=yes');
    await page.waitForLoadState('networkidle');
    expect(fetched).toEqual([]);
    await page.locator('#wz-item-IL-HDL-001 button.wz-more').click();
    const example = page.locator('#wz-item-IL-HDL-001 details.wz-example[data-pattern="opaque-handle"]');
    await example.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(example.locator('.expressive-code').first()).toBeVisible();
    await expect(example.locator('figcaption').first()).toHaveText('playbooks/patterns/opaque-handle/rust/src/lib.rs');
    expect(fetched).toEqual(['/wizard-data/examples/opaque-handle.json']);
  });

  test('print shows the checklist alone', async ({ page }) => {
    await open(page, 'v=1&handles=yes');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#wz-item-IL-HDL-001')).toBeVisible();
    for (const hidden of ['#wz-form', '.wz-toolbar', '#wz-contract', 'header.header', '.wz-run-bundle', '.wz-example']) await expect(page.locator(hidden).first()).toBeHidden();
    await expect(page.locator('pre.wz-run').first()).toBeVisible();
  });

  test('axe finds no WCAG 2.2 AA violations with answers, an open example and postmortem mode, in both themes', async ({ page }) => {
    test.setTimeout(90_000);
    await open(page, `${fragmentOf('answers-incident.yaml')}`);
    await page.getByRole('textbox', { name: 'Project name' }).fill('Not Valid');
    const withExample = page.locator('.wz-item').filter({ has: page.locator('details.wz-example:not([hidden])') }).first();
    await withExample.locator('button.wz-more').click();
    const example = withExample.locator('details.wz-example:visible').first();
    await example.locator('summary').click();
    await expect(example.locator('.expressive-code').first()).toBeVisible();
    // Let the postmortem document (built shortly after the last change) settle before axe looks.
    await expect(page.locator('pre.wz-pm-doc')).not.toBeEmpty();
    await page.waitForLoadState('networkidle');
    for (const theme of ['light', 'dark']) {
      await page.evaluate((t) => {
        document.documentElement.dataset['theme'] = t;
      }, theme);
      await page.emulateMedia({ colorScheme: theme as 'light' | 'dark' });
      await expectNoAxeViolations(page, theme);
    }
  });

  test('a crafted link pasted into an open wizard keeps the answers already given', async ({ page }) => {
    await open(page, 'v=1&handles=yes');
    await expect(page.getByRole('radio', { name: 'Yes, Go holds handles to Rust objects' })).toBeChecked();
    await page.evaluate(() => {
      location.hash = '#v=1&handles=nope';
    });
    await expect(page.locator('#wz-notice')).toHaveText('This link\'s answers could not be used: question "handles" has no option "nope". The wizard shows your own answers instead.');
    await expect(page.getByRole('radio', { name: 'Yes, Go holds handles to Rust objects' })).toBeChecked();
    await expect(page).toHaveURL(/\/wizard\/#v=1&handles=yes$/);
  });

  test('tampered progress in localStorage is ignored, not trusted', async ({ page }) => {
    await open(page);
    await page.evaluate(() => {
      localStorage.setItem(
        'interlock.wizard.v1',
        JSON.stringify({ progress: { 'IL-HDL-001': 'done', '<img src=x>': 'done', 'IL-OWN-001': 'pwned' }, postmortem: { incident: 42, title: 'x'.repeat(5000) } }),
      );
    });
    await page.goto('about:blank');
    await open(page, 'v=1&handles=yes');
    await expect(page.getByRole('checkbox', { name: /Each handle is freed exactly once/ })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: /A written boundary contract says who allocates/ })).not.toBeChecked();
    await page.evaluate(() => localStorage.setItem('interlock.wizard.v1', '{not json'));
    // A fresh visit without the review state in the link (the address now carries the tick itself).
    await page.goto('about:blank');
    await open(page, 'v=1&handles=yes');
    await expect(page.getByRole('checkbox', { name: /Each handle is freed exactly once/ })).not.toBeChecked();
  });
});
