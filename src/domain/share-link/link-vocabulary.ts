import { allQuestions } from '../answers';
import type { QuestionnaireOutline, QuestionOutline } from '../questionnaire-outline';
import { memoize } from '../memoize';

/** The key that carries the vocabulary version; no question may use it as an id or alias. */
export const versionKey = 'v';

/** One question as share links spell it. */
export interface LinkQuestion {
  question: QuestionOutline;
  /** The name the encoder writes: the alias, or the id when there is none. */
  key: string;
  /** Option value to the name the encoder writes. */
  nameOfValue: ReadonlyMap<string, string>;
  /** Alias or value, as a link may spell it, to the option value. */
  valueOfName: ReadonlyMap<string, string>;
}

export interface LinkVocabulary {
  /** In questionnaire order, which is the order of keys in a link. */
  questions: readonly LinkQuestion[];
  /** Alias or id, as a link may spell it, to the question. */
  questionOfKey: ReadonlyMap<string, LinkQuestion>;
}

function linkQuestion(question: QuestionOutline): LinkQuestion {
  const nameOfValue = new Map<string, string>();
  const valueOfName = new Map<string, string>();
  for (const option of question.options) {
    nameOfValue.set(option.value, option.alias ?? option.value);
    valueOfName.set(option.value, option.value);
  }
  // Aliases come second so that an alias can never shadow a value (the content check forbids it).
  for (const option of question.options) {
    if (option.alias && !valueOfName.has(option.alias)) valueOfName.set(option.alias, option.value);
  }
  return { question, key: question.alias ?? question.id, nameOfValue, valueOfName };
}

function buildVocabulary(questionnaire: QuestionnaireOutline): LinkVocabulary {
  const questions = allQuestions(questionnaire).map(linkQuestion);
  const questionOfKey = new Map<string, LinkQuestion>();
  for (const entry of questions) questionOfKey.set(entry.question.id, entry);
  for (const entry of questions) {
    if (!questionOfKey.has(entry.key)) questionOfKey.set(entry.key, entry);
  }
  return { questions, questionOfKey };
}

/**
 * How share links name each question and option: the alias where content gives one, the id
 * otherwise. Both spellings are read back, so a mentor can type `stage=growth` by hand.
 */
export const linkVocabulary = memoize(
  buildVocabulary,
  new WeakMap<QuestionnaireOutline, LinkVocabulary>(),
);
