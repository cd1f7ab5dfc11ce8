import { evaluateCondition } from './condition';
import type { QuestionnaireOutline, QuestionOf, QuestionOutline } from './questionnaire-outline';

export type AnswerValue = string | readonly string[];
/** Answers keyed by question id; a multi-choice answer is an array of option values. */
export type Answers = Readonly<Record<string, AnswerValue>>;

export type AnswerProblem =
  | { kind: 'not-an-object' }
  | { kind: 'unknown-question'; question: string }
  | { kind: 'unknown-value'; question: string; value: string }
  | { kind: 'wrong-shape'; question: string; expected: 'single' | 'multi' }
  | { kind: 'conflicting-values'; question: string; value: string };

export interface ParsedAnswers {
  /** Everything that could be read; never contains an unknown id or value. */
  answers: Answers;
  problems: AnswerProblem[];
}

/** The answers with one answer replaced; `undefined` or an empty list removes it. */
export function withAnswer(
  answers: Answers,
  questionId: string,
  value: AnswerValue | undefined,
): Answers {
  const others = Object.fromEntries(Object.entries(answers).filter(([id]) => id !== questionId));
  return value === undefined || value.length === 0 ? others : { ...others, [questionId]: value };
}

/** The values of a multi-choice answer, or none when it is unanswered. */
export function answerList(answers: Answers, question: string): readonly string[] {
  const value = answers[question];
  return value === undefined || typeof value === 'string' ? [] : value;
}

const questionsCache = new WeakMap<QuestionnaireOutline, readonly QuestionOutline[]>();

/** Every question in questionnaire order (cached: the engine asks on every call). */
export function allQuestions<Q extends QuestionnaireOutline>(
  questionnaire: Q,
): readonly QuestionOf<Q>[] {
  let questions = questionsCache.get(questionnaire);
  if (!questions) {
    questions = questionnaire.sections.flatMap((section) => section.questions);
    questionsCache.set(questionnaire, questions);
  }
  return questions;
}

/**
 * Reads untrusted answers (a file, a share link, saved state) against the questionnaire. It keeps
 * what is valid and lists the rest, so one bad value never costs the user their other answers.
 */
export function parseAnswers(raw: unknown, questionnaire: QuestionnaireOutline): ParsedAnswers {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { answers: {}, problems: [{ kind: 'not-an-object' }] };
  }
  const byId = new Map(allQuestions(questionnaire).map((question) => [question.id, question]));
  const answers: Record<string, AnswerValue> = {};
  const problems: AnswerProblem[] = [];
  for (const [questionId, value] of Object.entries(raw)) {
    const question = byId.get(questionId);
    if (!question) {
      problems.push({ kind: 'unknown-question', question: questionId });
      continue;
    }
    const parsed = parseOneAnswer(question, value, problems);
    if (parsed !== undefined) answers[questionId] = parsed;
  }
  return { answers, problems };
}

function parseOneAnswer(
  question: QuestionOutline,
  value: unknown,
  problems: AnswerProblem[],
): AnswerValue | undefined {
  const offered = new Set(question.options.map((option) => option.value));
  if (question.kind === 'single') {
    if (typeof value !== 'string') {
      problems.push({ kind: 'wrong-shape', question: question.id, expected: 'single' });
      return undefined;
    }
    if (!offered.has(value)) {
      problems.push({ kind: 'unknown-value', question: question.id, value });
      return undefined;
    }
    return value;
  }
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
    problems.push({ kind: 'wrong-shape', question: question.id, expected: 'multi' });
    return undefined;
  }
  const known: string[] = [];
  for (const item of new Set(value)) {
    if (offered.has(item)) known.push(item);
    else problems.push({ kind: 'unknown-value', question: question.id, value: item });
  }
  const exclusive = question.options.find(
    (option) => option.exclusive && known.includes(option.value),
  );
  if (exclusive && known.length > 1) {
    problems.push({ kind: 'conflicting-values', question: question.id, value: exclusive.value });
    return known.filter((item) => item !== exclusive.value);
  }
  return known.length > 0 ? known : undefined;
}

/** Whether a question is asked, given the answers so far. */
export function isQuestionShown(question: QuestionOutline, answers: Answers): boolean {
  return !question.showIf || evaluateCondition(question.showIf, answers) !== undefined;
}

/**
 * The answers the engine should see: those to questions that are still shown, in questionnaire
 * order. A question hidden by an earlier answer loses its stale answer here, so chains of display
 * conditions work. Building the object in one fixed key order also keeps property lookups fast.
 */
export function effectiveAnswers(answers: Answers, questionnaire: QuestionnaireOutline): Answers {
  const kept: Record<string, AnswerValue> = {};
  for (const question of allQuestions(questionnaire)) {
    const value = answers[question.id];
    if (value === undefined || (typeof value !== 'string' && value.length === 0)) continue;
    if (isQuestionShown(question, kept)) kept[question.id] = value;
  }
  return kept;
}

/** Plain-English description of a problem, for the command line and logs. */
export function describeAnswerProblem(problem: AnswerProblem): string {
  switch (problem.kind) {
    case 'not-an-object':
      return 'answers must be an object of question ids to values';
    case 'unknown-question':
      return `unknown question id "${problem.question}"`;
    case 'unknown-value':
      return `"${problem.value}" is not an option of "${problem.question}"`;
    case 'wrong-shape':
      return problem.expected === 'single'
        ? `"${problem.question}" takes one value (a string)`
        : `"${problem.question}" takes a list of values`;
    case 'conflicting-values':
      return `"${problem.value}" in "${problem.question}" cannot be combined with other values`;
  }
}
