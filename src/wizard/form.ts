// Reads the answers out of the wizard's form and writes answers back into it; shows only the questions that apply.
import { validateChoices, type Answers } from '../lib/engine/answers.ts';
import { identityProblem, type IdentityKey } from '../lib/engine/names.ts';
import { conditionHolds, type Questionnaire } from '../lib/engine/questions.ts';

const IDENTITY_KEYS: readonly IdentityKey[] = ['project', 'crate', 'go-module', 'abi'];

export interface FormState {
  answers: Answers;
  /** Identity fields whose text the allow-lists refused, with the reason; they are left out of the answers. */
  refused: Partial<Record<IdentityKey, string>>;
}

function identityInput(form: HTMLElement, key: IdentityKey): HTMLInputElement | null {
  return form.querySelector<HTMLInputElement>(`input[data-identity="${key}"]`);
}

/** The answers the form holds now: checked options of visible questions, and names the allow-lists accept. */
export function readForm(form: HTMLElement, q: Questionnaire): FormState {
  const raw: Record<string, string | string[]> = {};
  for (const fieldset of form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-question]')) {
    const id = fieldset.dataset['question'] ?? '';
    const checked = [...fieldset.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value);
    if (checked.length === 0) continue;
    raw[id] = fieldset.dataset['kind'] === 'one' ? (checked[0] ?? '') : checked;
  }
  const answers: Answers = { choices: validateChoices(raw, q).choices };
  const refused: FormState['refused'] = {};
  for (const key of IDENTITY_KEYS) {
    const value = identityInput(form, key)?.value.trim() ?? '';
    if (value === '') continue;
    const problem = identityProblem(key, value);
    if (problem !== undefined) {
      refused[key] = problem;
      continue;
    }
    if (key === 'project') answers.project = value;
    else if (key === 'crate') answers.crate = value;
    else if (key === 'go-module') answers.goModule = value;
    else answers.abi = value;
  }
  return { answers, refused };
}

/** Hides the questions whose show-if does not hold, and the postmortem form unless it applies. */
export function applyVisibility(form: HTMLElement, answers: Answers): void {
  for (const el of form.querySelectorAll<HTMLElement>('[data-show-if]')) {
    const showIf = JSON.parse(el.dataset['showIf'] ?? '{}') as Record<string, string[]>;
    el.hidden = !conditionHolds(showIf, answers.choices);
  }
}

/** Marks refused names on their inputs (aria-invalid, the reason in the described-by error text). */
export function showRefusals(form: HTMLElement, refused: FormState['refused']): void {
  for (const key of IDENTITY_KEYS) {
    const input = identityInput(form, key);
    const error = form.querySelector<HTMLElement>(`#wz-id-${key}-error`);
    if (input === null || error === null) continue;
    const problem = refused[key];
    showFieldError(input, error, problem === undefined ? undefined : `Not used: this name ${problem}.`);
  }
}

/** Marks a field invalid with a message in its described-by error element, or clears both (message undefined). */
export function showFieldError(input: Element, error: HTMLElement, message: string | undefined): void {
  if (message === undefined) {
    input.removeAttribute('aria-invalid');
    error.hidden = true;
    error.textContent = '';
  } else {
    input.setAttribute('aria-invalid', 'true');
    error.hidden = false;
    error.textContent = message;
  }
}

/** Puts answers into the form, replacing what it held. */
export function writeForm(form: HTMLElement, answers: Answers): void {
  for (const fieldset of form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-question]')) {
    const picked = answers.choices[fieldset.dataset['question'] ?? ''] ?? [];
    for (const input of fieldset.querySelectorAll<HTMLInputElement>('input')) input.checked = picked.includes(input.value);
  }
  const values: Record<IdentityKey, string | undefined> = {
    project: answers.project,
    crate: answers.crate,
    'go-module': answers.goModule,
    abi: answers.abi,
  };
  for (const key of IDENTITY_KEYS) {
    const input = identityInput(form, key);
    if (input !== null) input.value = values[key] ?? '';
  }
}

/** A many-answer question's exclusive option ("none") unticks the others, and ticking another unticks it. */
export function enforceExclusive(target: HTMLInputElement): void {
  const fieldset = target.closest<HTMLFieldSetElement>('fieldset[data-question]');
  if (fieldset === null || fieldset.dataset['kind'] !== 'many' || !target.checked) return;
  const exclusive = target.dataset['exclusive'] === 'true';
  for (const other of fieldset.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    if (other === target) continue;
    if (exclusive || other.dataset['exclusive'] === 'true') other.checked = false;
  }
}
