// The postmortem panel of the wizard: shown when the answers say an incident is being reviewed, with the
// document previewed shortly after typing stops and each field's problem beside it.
import type { Answers } from '../lib/engine/answers.ts';
import { loadExports, today } from './actions.ts';
import type { WizardData } from './data.ts';
import { showFieldError } from './form.ts';
import { renderPostmortemView } from './postmortem-view.ts';
import type { Saved } from './progress.ts';

interface PostmortemPanel {
  /** Redraws the panel for the checks now listed; hides it outside postmortem mode. */
  show(shown: readonly string[], postmortemMode: boolean): void;
  showFieldProblems(problems: ReadonlyArray<{ field: string; message: string }>): void;
}

export function createPostmortemPanel(doc: Document, view: HTMLElement, data: WizardData, saved: Saved, answers: () => Answers): PostmortemPanel {
  let previewTimer: ReturnType<typeof setTimeout> | undefined;

  const showFieldProblems = (problems: ReadonlyArray<{ field: string; message: string }>): void => {
    // "required" is shown only once the user has typed something somewhere: an empty form is not an error.
    const typed = Object.values(saved.postmortem).some((v) => v.trim() !== '');
    for (const field of data.questionnaire.postmortem.fields) {
      const input = doc.getElementById(`wz-pm-${field.id}`);
      const error = doc.getElementById(`wz-pm-${field.id}-error`);
      if (input === null || error === null) continue;
      const problem = problems.find((p) => p.field === field.id);
      if (problem === undefined || (problem.message === 'required' && !typed)) showFieldError(input, error, undefined);
      else showFieldError(input, error, problem.message === 'required' ? `${field.label} is required.` : `${field.label}: ${problem.message}.`);
    }
  };

  const show = (shown: readonly string[], postmortemMode: boolean): void => {
    view.hidden = !postmortemMode;
    if (!postmortemMode) return;
    const rules = shown.map((id) => data.rules.find((r) => r.id === id)).filter((r) => r !== undefined);
    const pre = renderPostmortemView(doc, view, { fields: saved.postmortem, faultClasses: data.faultClasses, rules, progress: saved.progress });
    // The document needs the engine: build it shortly after typing stops.
    clearTimeout(previewTimer);
    previewTimer = setTimeout(() => {
      void loadExports().then((m) => {
        const prepared = m.prepare({ data, answers: answers(), date: today(), postmortem: saved.postmortem, progress: saved.progress });
        showFieldProblems(prepared.ok ? [] : prepared.problems);
        pre.textContent = prepared.ok ? m.markdownOf(prepared) : 'Fill in the required postmortem fields above to see the document.';
      });
    }, 300);
  };

  return { show, showFieldProblems };
}
