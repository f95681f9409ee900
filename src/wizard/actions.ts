// The wizard's buttons: downloads (Markdown, JSON, zip), copying, the share link, print, and the two resets.
// The export code (zod, yaml, the zip writer) loads on the first use of any of them.
import type { Checklist } from '../lib/engine/checklist.ts';
import type { Postmortem } from '../lib/engine/postmortem.ts';
import { MAX_STATE_LENGTH } from '../lib/engine/share-state.ts';
import type { WizardContext } from './context.ts';
import { copyText, download } from './download.ts';
import { writeForm } from './form.ts';
import { clearSaved } from './progress.ts';

type Exports = typeof import('./exports.ts');
let exportsModule: Promise<Exports> | undefined;
export const loadExports = (): Promise<Exports> => (exportsModule ??= import('./exports.ts'));

/** Today in UTC, YYYY-MM-DD: the date `interlock checklist` prints by default, so both give the same bytes. */
export function today(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** Wires every button[data-action] under the wizard's root to its action. */
export function wireActions(ctx: WizardContext): void {
  const identityName = (): string => ctx.answers().project ?? ctx.answers().crate ?? '';
  const fileBase = (kind: string): string => (identityName() === '' ? `interlock-${kind}` : `interlock-${kind}-${identityName()}`);

  const withPrepared = async (use: (m: Exports, p: { checklist: Checklist; postmortem?: Postmortem }) => Promise<void> | void): Promise<void> => {
    if (ctx.contract() === undefined && Object.keys(ctx.answers().choices).length === 0) {
      ctx.notice.say('Answer at least one question first: the checklist is empty.', 'error');
      return;
    }
    const m = await loadExports();
    const contract = ctx.contract();
    const prepared = m.prepare({
      data: ctx.data,
      answers: ctx.answers(),
      ...(contract !== undefined ? { contract } : {}),
      date: today(),
      ...(ctx.postmortemMode() ? { postmortem: ctx.saved.postmortem } : {}),
      progress: ctx.saved.progress,
    });
    if (!prepared.ok) {
      ctx.showFieldProblems(prepared.problems);
      const first = prepared.problems[0];
      ctx.notice.say(`The postmortem is not complete: ${prepared.problems.map((p) => `${p.field} ${p.message}`).join('; ')}.`, 'error');
      if (first !== undefined) ctx.doc.getElementById(`wz-pm-${first.field}`)?.focus();
      return;
    }
    await use(m, prepared);
  };

  const actions: Record<string, () => Promise<void> | void> = {
    'download-md': () =>
      withPrepared((m, p) => {
        download(ctx.doc, `${fileBase(p.postmortem ? 'postmortem' : 'checklist')}.md`, m.markdownOf(p), 'text/markdown;charset=utf-8');
        ctx.notice.say('Markdown downloaded.');
      }),
    'download-json': () =>
      withPrepared((m, p) => {
        download(ctx.doc, `${fileBase('checklist')}.json`, m.jsonOf(p), 'application/json;charset=utf-8');
        ctx.notice.say('JSON downloaded.');
      }),
    'copy-md': () =>
      withPrepared(async (m, p) => {
        const ok = await copyText(ctx.doc, m.markdownOf(p));
        ctx.notice.say(ok ? 'Markdown copied to the clipboard.' : 'The browser did not allow copying: use Download Markdown instead.', ok ? 'info' : 'error');
      }),
    'copy-link': async () => {
      ctx.writeFragment();
      const ok = await copyText(ctx.doc, location.href);
      const { tooLong } = ctx.linkState();
      const carried = tooLong !== undefined
        ? `these answers only: the ticks and postmortem notes need ${tooLong} characters, more than the ${MAX_STATE_LENGTH} a link can safely carry, so download the Markdown to share them`
        : ctx.postmortemMode() ? 'these answers, ticks, failed marks and postmortem notes' : 'these answers and ticks';
      ctx.notice.say(ok ? `Share link copied: it reopens ${carried}.` : 'The browser did not allow copying: copy the address bar instead.', ok ? (tooLong !== undefined ? 'error' : 'info') : 'error');
    },
    print: () => {
      window.print();
    },
    'download-zip': () =>
      withPrepared(async (m, p) => {
        if (ctx.answers().project === undefined) {
          ctx.notice.say('The zip bundle needs a project name: enter it under Project above.', 'error');
          ctx.doc.getElementById('wz-id-project')?.focus();
          return;
        }
        ctx.notice.say('Building the zip bundle…');
        try {
          const contract = ctx.contract();
          const result = await m.zipOf(contract !== undefined ? { ...p, contract: contract.text } : p, ctx.data);
          if (!result.ok) {
            ctx.notice.say(`The zip bundle could not be built: ${result.problems.join('; ')}.`, 'error');
            return;
          }
          download(ctx.doc, `${fileBase('audit')}.zip`, result.zip, 'application/zip');
          ctx.notice.say('Zip bundle downloaded: unzip it beside your code and run sh interlock-audit/audit.sh --go <module> --rust <crate>; the pattern lab is lab/lab.sh.');
        } catch {
          ctx.notice.say('The pattern files for the bundle could not be fetched. Check the connection and try again.', 'error');
        }
      }),
    'reset-progress': () => {
      ctx.saved.progress = {};
      ctx.saved.postmortem = {};
      clearSaved();
      for (const el of ctx.form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('[data-pm]')) el.value = '';
      ctx.update();
      ctx.notice.say('Progress cleared: every box is unticked and the postmortem notes are gone.');
    },
    'start-over': () => {
      ctx.useContract(undefined);
      writeForm(ctx.form, { choices: {} });
      ctx.update();
      ctx.notice.say('All answers cleared.');
      ctx.form.querySelector<HTMLInputElement>('input')?.focus();
    },
  };
  ctx.root.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-action]') : null;
    const action = button?.dataset['action'];
    if (action === undefined || actions[action] === undefined) return;
    void Promise.resolve(actions[action]()).catch(() => ctx.notice.say('Something went wrong with that action; the page still works. Try again.', 'error'));
  });
}
