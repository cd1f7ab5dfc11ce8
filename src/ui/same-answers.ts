import type { Answers } from '../domain/answers';
import type { QuestionnaireOutline } from '../domain/questionnaire-outline';
import { encodeShareLink } from '../domain/share-link/encode-share-link';

/**
 * Whether two answer sets say the same thing: the share-link encoding is canonical (questionnaire
 * order, aliases), so it ignores key order and the order of multi-choice values.
 */
export function sameAnswers(a: Answers, b: Answers, questionnaire: QuestionnaireOutline): boolean {
  return encodeShareLink(a, questionnaire) === encodeShareLink(b, questionnaire);
}
