import { parseAnswers, type Answers, type AnswerValue } from '../answers';
import type { QuestionnaireOutline } from '../questionnaire-outline';
import { linkVocabulary, versionKey, type LinkQuestion } from './link-vocabulary';
import type { ShareLinkProblem } from './share-link-problem';

export interface DecodedShareLink {
  /** What could be read; valid against the questionnaire, never an unknown id or value. */
  answers: Answers;
  /** What could not be read as it stands; empty only for a clean link of the current version. */
  problems: ShareLinkProblem[];
  /** The vocabulary version the link names, or null when it names none that can be read. */
  version: number | null;
}

/** Long enough to recognise a part in a notice, short enough that a 10,000-character one does not flood it. */
const maxShownLength = 40;

function clip(text: string): string {
  const chars = Array.from(text);
  return chars.length > maxShownLength ? `${chars.slice(0, maxShownLength).join('')}…` : text;
}

function percentDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

function readPair(part: string): { key: string; value: string } | null {
  const equals = part.indexOf('=');
  if (equals <= 0) return null;
  const key = percentDecode(part.slice(0, equals));
  const value = percentDecode(part.slice(equals + 1));
  return key === null || value === null || key === '' ? null : { key, value };
}

/** `.` is what the encoder writes; `,` is accepted because hand-written links use it. */
const separators = /[.,]/;

function readVersion(text: string | null, current: number, problems: ShareLinkProblem[]) {
  if (text === null) {
    problems.push({ kind: 'missing-version' });
    return null;
  }
  if (!/^[1-9][0-9]{0,8}$/.test(text)) {
    problems.push({ kind: 'unreadable-version', value: clip(text) });
    return null;
  }
  const version = Number(text);
  if (version < current) problems.push({ kind: 'older-version', version, current });
  if (version > current) problems.push({ kind: 'newer-version', version, current });
  return version;
}

/**
 * Reads a share-link query string (with or without its leading `?`). It never throws: whatever
 * the input (cut short, edited by hand, from an older or newer app, or plain garbage), it keeps
 * every answer it can read, validated like any untrusted answers, and lists each part it could
 * not read as a problem. Question keys and option values may be spelled as aliases or as ids; a
 * key given twice counts once, the last time.
 */
export function decodeShareLink(
  query: string,
  questionnaire: QuestionnaireOutline,
): DecodedShareLink {
  const vocabulary = linkVocabulary(questionnaire);
  const linkProblems: ShareLinkProblem[] = [];
  const read = new Map<LinkQuestion, string[]>();
  let versionText: string | null = null;
  for (const part of (query.startsWith('?') ? query.slice(1) : query).split('&')) {
    if (part === '') continue;
    const pair = readPair(part);
    if (!pair) {
      linkProblems.push({ kind: 'malformed-part', part: clip(part) });
      continue;
    }
    if (pair.key === versionKey) {
      if (versionText !== null) linkProblems.push({ kind: 'repeated-key', key: versionKey });
      versionText = pair.value;
      continue;
    }
    const entry = vocabulary.questionOfKey.get(pair.key);
    if (!entry) {
      linkProblems.push({ kind: 'unknown-question', question: clip(pair.key) });
      continue;
    }
    if (read.has(entry)) linkProblems.push({ kind: 'repeated-key', key: entry.question.id });
    const names = pair.value.split(separators).filter((name) => name !== '');
    read.set(entry, names);
    if (names.length === 0)
      linkProblems.push({ kind: 'missing-value', question: entry.question.id });
  }

  // Known names become option values; unknown ones pass through so parseAnswers reports them.
  const raw: Record<string, AnswerValue> = {};
  for (const entry of vocabulary.questions) {
    const names = read.get(entry);
    if (!names || names.length === 0) continue;
    const values = names.map((name) => entry.valueOfName.get(name) ?? clip(name));
    const [first, ...rest] = values;
    raw[entry.question.id] =
      entry.question.kind === 'single' && first !== undefined && rest.length === 0 ? first : values;
  }
  const parsed = parseAnswers(raw, questionnaire);
  const versionProblems: ShareLinkProblem[] = [];
  const version = readVersion(versionText, questionnaire.vocabularyVersion, versionProblems);
  return {
    answers: parsed.answers,
    problems: [
      ...versionProblems,
      ...linkProblems,
      ...parsed.problems.filter((problem) => problem.kind !== 'not-an-object'),
    ],
    version,
  };
}
