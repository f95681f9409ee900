// The contract import panel: paste or choose a contract, and the answers are filled from its facts, with the
// problems `interlock check` would print. The contract checker (zod, yaml) loads on first use.
import { plural } from '../lib/output/words.ts';
import type { WizardContext } from './context.ts';
import { writeForm } from './form.ts';

export function wireContractImport(ctx: WizardContext): void {
  const contractText = ctx.byId<HTMLTextAreaElement>('wz-contract-text');
  const contractFile = ctx.byId<HTMLInputElement>('wz-contract-file');
  const contractResult = ctx.byId<HTMLElement>('wz-contract-result');
  const importContract = async (input: string | Uint8Array, file: string): Promise<void> => {
    contractResult.textContent = 'Checking the contract…';
    const m = await import('./contract-import.ts');
    const imported = m.importContract(input, file, ctx.data.questionnaire);
    const make = (tag: string, text: string, cls?: string): HTMLElement => {
      const e = ctx.doc.createElement(tag);
      e.textContent = text;
      if (cls !== undefined) e.className = cls;
      return e;
    };
    const parts: HTMLElement[] = [];
    if (imported.answers === undefined) {
      parts.push(make('p', `The contract could not be used (${plural(imported.diagnostics.length, 'problem')}); the answers are unchanged:`, 'wz-contract-bad'));
    } else {
      writeForm(ctx.form, imported.answers);
      ctx.useContract(imported.source);
      ctx.update();
      parts.push(make('p', `The checklist now follows ${file}: the same checks, with the same reasons, as interlock checklist --contract ${file}. The answers above are filled from it; changing one makes the checklist follow the answers again.`));
      if (imported.notCarried.length > 0) {
        parts.push(make('p', `The questionnaire cannot express these facts of the contract, so they would be lost if you change an answer: ${imported.notCarried.join(', ')}.`));
      }
      if (imported.diagnostics.length > 0) parts.push(make('p', `${plural(imported.diagnostics.length, 'lint finding')} (the answers were filled anyway):`));
    }
    for (const d of imported.diagnostics) parts.push(make('pre', d.text, d.severity === 'error' ? 'wz-diag wz-diag-error' : 'wz-diag'));
    contractResult.replaceChildren(...parts);
  };
  ctx.byId<HTMLButtonElement>('wz-contract-apply').addEventListener('click', () => {
    if (contractText.value.trim() === '') {
      contractResult.textContent = 'Paste a contract into the box first, or choose a file.';
      return;
    }
    void importContract(contractText.value, 'contract.yaml');
  });
  contractFile.addEventListener('change', () => {
    const file = contractFile.files?.[0];
    if (file === undefined) return;
    // The parser refuses oversized input anyway; refusing before reading keeps a huge file out of memory.
    if (file.size > 1024 * 1024) {
      contractResult.textContent = `${file.name} is ${file.size} bytes; a contract may be at most 1048576.`;
      return;
    }
    void file.arrayBuffer().then((buffer) => {
      const bytes = new Uint8Array(buffer);
      try {
        contractText.value = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        contractText.value = '';
      }
      return importContract(bytes, file.name.replace(/[^\w.-]/g, '_').slice(0, 80) || 'contract.yaml');
    });
  });
}
