import type { Answers, AnswerValue } from '../answers';
import type { QuestionnaireOutline } from '../questionnaire-outline';
import { linkVocabulary, versionKey, type LinkQuestion } from './link-vocabulary';

/** Joins the values of a multi-choice answer; never part of an alias or id, never percent-encoded. */
export const valueSeparator = '.';

function encodedValue(entry: LinkQuestion, answer: AnswerValue | undefined): string | null {
  if (answer === undefined) return null;
  if (entry.question.kind === 'single') {
    return typeof answer === 'string' ? (entry.nameOfValue.get(answer) ?? null) : null;
  }
  if (typeof answer === 'string') return null;
  const names: string[] = [];
  for (const value of new Set(answer)) {
    const name = entry.nameOfValue.get(value);
    if (name !== undefined) names.push(name);
  }
  return names.length > 0 ? names.join(valueSeparator) : null;
}

/**
 * The answers as a share-link query string, without the leading `?`: `st=seed&tm=sm&...&v=1`.
 * Keys come in questionnaire order and each multi-choice answer keeps its own order (the heavy-
 * lifting ledger follows it), so equal answers always give the same link and the link gives back
 * exactly these answers. Only names from the questionnaire's vocabulary travel: an unknown
 * question or value is left out. The version comes last, so a link cut short anywhere is noticed.
 * Every character is URL-safe (`a-z 0-9 - . = &`), so the result needs no further encoding.
 */
export function encodeShareLink(answers: Answers, questionnaire: QuestionnaireOutline): string {
  const pairs: string[] = [];
  for (const entry of linkVocabulary(questionnaire).questions) {
    const value = encodedValue(entry, answers[entry.question.id]);
    if (value !== null) pairs.push(`${entry.key}=${value}`);
  }
  pairs.push(`${versionKey}=${questionnaire.vocabularyVersion}`);
  return pairs.join('&');
}
