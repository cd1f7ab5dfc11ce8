import { allQuestions, parseAnswers, type Answers, type AnswerValue } from './answers';
import type { QuestionnaireOutline, QuestionOf } from './questionnaire-outline';

/**
 * A "what if" scenario, kept as its edits over the answers it starts from (the saved answers, a
 * preset's, a link's): by question id, the new answer, or null where the edit clears it (null, not
 * undefined, so the edits survive JSON). Edits rather than whole answers, so a change the user
 * makes to the answers underneath (on the questions pages, in another tab) is not undone by a
 * scenario that was made before it.
 */
export type ScenarioEdits = Readonly<Record<string, AnswerValue | null>>;

/** Whether two answers say the same: unanswered equals an empty list, and order does not matter. */
export function sameAnswer(a: AnswerValue | undefined, b: AnswerValue | undefined): boolean {
  const left = valuesOf(a);
  const right = valuesOf(b);
  return left.length === right.length && left.every((value) => right.includes(value));
}

/** An answer as a list of option values, whatever the kind of question. */
function valuesOf(value: AnswerValue | undefined): readonly string[] {
  return typeof value === 'string' ? [value] : (value ?? []);
}

/**
 * The edits with one question's answer set to `value` (`undefined` or an empty list clears it). An
 * edit that brings a question back to its answer in `base` is dropped, so undoing every change by
 * hand leaves no scenario.
 */
export function withEdit(
  edits: ScenarioEdits,
  base: Answers,
  questionId: string,
  value: AnswerValue | undefined,
): ScenarioEdits {
  const others = Object.fromEntries(Object.entries(edits).filter(([id]) => id !== questionId));
  if (sameAnswer(base[questionId], value)) return others;
  return { ...others, [questionId]: value === undefined || value.length === 0 ? null : value };
}

/**
 * The answers a scenario shows: `base` with every edit applied. With no edits this is `base`
 * itself, the same object, so a page that drops or keeps its scenario does not derive the advice
 * again.
 */
export function applyEdits(base: Answers, edits: ScenarioEdits): Answers {
  if (Object.keys(edits).length === 0) return base;
  const answers = Object.entries({ ...base, ...edits }).filter(
    (entry): entry is [string, AnswerValue] => entry[1] !== null,
  );
  return Object.fromEntries(answers);
}

/**
 * Reads edits kept in the browser against today's questionnaire. Whatever no longer fits (an
 * unknown question or option) is dropped without a word: a scenario is a look around, not the
 * user's answers, and the rest of it is still worth showing.
 */
export function parseScenarioEdits(
  raw: unknown,
  questionnaire: QuestionnaireOutline,
): ScenarioEdits {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const known = new Set(allQuestions(questionnaire).map((question) => question.id));
  const edits: Record<string, AnswerValue | null> = {};
  for (const [questionId, value] of Object.entries(raw as Record<string, unknown>)) {
    if (!known.has(questionId)) continue;
    if (value === null) {
      edits[questionId] = null;
      continue;
    }
    const parsed = parseAnswers({ [questionId]: value }, questionnaire);
    const answer = parsed.answers[questionId];
    if (parsed.problems.length === 0 && answer !== undefined) edits[questionId] = answer;
  }
  return edits;
}

type OptionOf<Q extends QuestionnaireOutline> = QuestionOf<Q>['options'][number];

/** One question whose answer a scenario changes, with the options chosen before and after. */
export interface AnswerChange<Q extends QuestionnaireOutline = QuestionnaireOutline> {
  question: QuestionOf<Q>;
  /** In the question's option order; empty when the question was not answered. */
  before: readonly OptionOf<Q>[];
  /** In the question's option order; empty when the scenario clears the answer. */
  after: readonly OptionOf<Q>[];
}

function chosenOptions<Q extends QuestionnaireOutline>(
  question: QuestionOf<Q>,
  value: AnswerValue | undefined,
): readonly OptionOf<Q>[] {
  const options: readonly OptionOf<Q>[] = question.options;
  const chosen = valuesOf(value);
  return options.filter((option) => chosen.includes(option.value));
}

/**
 * Every question whose answer differs between `base` and `scenario`, in questionnaire order, with
 * the options on each side, so a screen can say "Backend: Functions → Containers" in the user's
 * language. Compares the answers as given, hidden questions included: this is what keeping the
 * scenario would write.
 */
export function answerChanges<Q extends QuestionnaireOutline>(
  base: Answers,
  scenario: Answers,
  questionnaire: Q,
): AnswerChange<Q>[] {
  return allQuestions(questionnaire)
    .filter((question) => !sameAnswer(base[question.id], scenario[question.id]))
    .map((question) => ({
      question,
      before: chosenOptions(question, base[question.id]),
      after: chosenOptions(question, scenario[question.id]),
    }));
}
