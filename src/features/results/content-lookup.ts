import { allQuestions } from '../../domain/answers';
import type { MatchedAnswer } from '../../domain/condition';
import type { CatalogService, Content } from '../../domain/content';
import type { LocalizedText } from '../../domain/localized-text';
import type { Question } from '../../domain/questionnaire-schema';

const serviceIndexes = new WeakMap<Content, ReadonlyMap<string, CatalogService>>();
const questionIndexes = new WeakMap<Content, ReadonlyMap<string, Question>>();

function indexOnce<T extends { id: string }>(
  cache: WeakMap<Content, ReadonlyMap<string, T>>,
  content: Content,
  items: () => readonly T[],
): ReadonlyMap<string, T> {
  let index = cache.get(content);
  if (!index) {
    index = new Map(items().map((item) => [item.id, item]));
    cache.set(content, index);
  }
  return index;
}

export function findService(content: Content, id: string): CatalogService | undefined {
  return indexOnce(serviceIndexes, content, () => content.services).get(id);
}

/**
 * The display name of a service. Content is cross-checked at build time, so an unknown id means
 * stale content in development: showing the id beats crashing the page.
 */
export function serviceName(content: Content, id: string): string {
  return findService(content, id)?.name ?? id;
}

function findQuestion(content: Content, id: string): Question | undefined {
  return indexOnce(questionIndexes, content, () => allQuestions(content.questionnaire)).get(id);
}

export function optionLabel(
  content: Content,
  questionId: string,
  value: string,
): LocalizedText | undefined {
  return findQuestion(content, questionId)?.options.find((option) => option.value === value)?.label;
}

/** A matched answer as the user saw it: the question's title and the option's label. */
export function describeAnswer(
  content: Content,
  answer: MatchedAnswer,
): { question: LocalizedText; option: LocalizedText } | undefined {
  const question = findQuestion(content, answer.question);
  const option = question?.options.find((candidate) => candidate.value === answer.value);
  return question && option ? { question: question.title, option: option.label } : undefined;
}
