// A contract's facts -> wizard answers: for each question, the options whose facts the contract establishes.
import type { Question, Questionnaire } from '../lib/engine/questions.ts';
import { allQuestions, conditionHolds } from './engine-lite.ts';

export interface FilledAnswers {
  choices: Record<string, string[]>;
  /** Visible questions a contract cannot answer (why the checklist is being made, for one): the user picks. */
  unanswered: string[];
}

/** Facts no option of a question mentions cannot decide it: it stays open for the user. */
function decidable(question: Question, facts: ReadonlySet<string>): boolean {
  const mentioned = new Set(question.options.flatMap((o) => o.facts));
  return mentioned.size > 0 && [...mentioned].some((f) => facts.has(f) || CONTRACT_DECIDES.has(f));
}

/**
 * Facts a parsed contract always settles one way or the other: if it does not imply one of these, the
 * contract says the opposite (no handle declared = no handles). `incident` is not among them: a contract
 * cannot say why the checklist is wanted.
 */
const CONTRACT_DECIDES: ReadonlySet<string> = new Set([
  'handle.opaque', 'handle.shared-across-goroutines', 'teardown.ordered', 'buffer.go-borrowed', 'buffer.go-retained',
  'buffer.rust-owned', 'buffer.arena', 'string.crossing', 'secret.zeroize', 'struct.by-value', 'enum.integer',
  'abi.versioned', 'callback.go-from-rust', 'callback.foreign-thread', 'call.blocking', 'call.cancellable',
  'error.out-param', 'error.return-code', 'error.last-error', 'panic.catch', 'panic.abort',
]);

/**
 * One-answer questions take the option whose facts hold and are the most specific (the most facts);
 * when none with facts holds, the option that adds no facts ("no"). Many-answer questions take every option
 * whose facts all hold, or the option with no facts when none does. A question whose facts a contract
 * cannot settle is left unanswered.
 */
export function choicesFromFacts(facts: readonly string[], q: Questionnaire): FilledAnswers {
  const set = new Set(facts);
  const choices: Record<string, string[]> = {};
  const unanswered: string[] = [];
  for (const question of allQuestions(q)) {
    if (!conditionHolds(question['show-if'], choices)) continue;
    if (!decidable(question, set)) {
      unanswered.push(question.id);
      continue;
    }
    // An option holds when all its facts do, or when the facts only it names do (a contract that keeps Go
    // memory past the call says so without also lending memory for one call).
    const holding = question.options.filter((o) => {
      if (o.facts.length === 0) return false;
      if (o.facts.every((f) => set.has(f))) return true;
      const own = o.facts.filter((f) => question.options.every((other) => other === o || !other.facts.includes(f)));
      return own.length > 0 && own.every((f) => set.has(f));
    });
    const empty = question.options.find((o) => o.facts.length === 0);
    if (question.kind === 'one') {
      const best = [...holding].sort((a, b) => b.facts.length - a.facts.length)[0] ?? empty;
      if (best !== undefined) choices[question.id] = [best.id];
      else unanswered.push(question.id);
    } else if (holding.length > 0) {
      // Options that say the same thing in facts (a deliberate abort, an unhandled one) are one answer to a contract.
      const seen = new Set<string>();
      choices[question.id] = holding
        .filter((o) => {
          const key = [...o.facts].sort().join(' ');
          if (seen.has(key)) return false;
          seen.add(key);
          return true;
        })
        .map((o) => o.id);
    } else if (empty !== undefined) {
      choices[question.id] = [empty.id];
    } else {
      unanswered.push(question.id);
    }
  }
  return { choices, unanswered };
}
