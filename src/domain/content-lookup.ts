import { allQuestions } from './answers';
import type { MatchedAnswer } from './condition';
import type { Text } from './localized-text';
import { memoize } from './memoize';
import type { QuestionnaireOnResults, QuestionOnResults } from './results-content';

/*
 * The one place the app turns an id into what a person reads: a service's name, a question's
 * title, an option's label. One policy for every screen, the exports and the notices: an id the
 * content does not know shows as itself. Content is cross-checked at build time, so only stale
 * data (an old save, a hand-edited link) gets here, and the id beats a crash or a blank.
 */

const questionsOf = memoize(
  (questionnaire: QuestionnaireOnResults): ReadonlyMap<string, QuestionOnResults> =>
    new Map(allQuestions(questionnaire).map((question) => [question.id, question])),
  new WeakMap<QuestionnaireOnResults, ReadonlyMap<string, QuestionOnResults>>(),
);

interface Named {
  id: string;
  name: string;
}

/*
 * A map of its own rather than the engine's index of the content: an example team's page shows
 * advice worked out at build time (results-content.ts) and never loads the engine.
 */
const servicesBy = memoize(
  (services: readonly Named[]): ReadonlyMap<string, Named> =>
    new Map(services.map((service) => [service.id, service])),
  new WeakMap<readonly Named[], ReadonlyMap<string, Named>>(),
);

export function findService<Service extends Named>(
  content: { services: readonly Service[] },
  id: string,
): Service | undefined {
  return servicesBy(content.services).get(id) as Service | undefined;
}

/** A service's display name (the same in every language: AWS does not translate them). */
export function serviceName(content: { services: readonly Named[] }, id: string): string {
  return findService(content, id)?.name ?? id;
}

export function questionTitle(questionnaire: QuestionnaireOnResults, id: string): Text {
  return questionsOf(questionnaire).get(id)?.title ?? id;
}

export function optionLabel(
  questionnaire: QuestionnaireOnResults,
  questionId: string,
  value: string,
): Text {
  const options = questionsOf(questionnaire).get(questionId)?.options ?? [];
  return options.find((option) => option.value === value)?.label ?? value;
}

/** A matched answer as the user saw it: the question's title and the option's label. */
export function describeAnswer(
  questionnaire: QuestionnaireOnResults,
  answer: MatchedAnswer,
): { question: Text; option: Text } {
  return {
    question: questionTitle(questionnaire, answer.question),
    option: optionLabel(questionnaire, answer.question, answer.value),
  };
}
