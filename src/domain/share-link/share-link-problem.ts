import type { AnswerProblem } from '../answers';
import { optionLabel, questionTitle } from '../content-lookup';
import { textIn } from '../in-language';
import type { Lang, LocalizedText } from '../localized-text';
import type { Questionnaire } from '../questionnaire-schema';

/**
 * Something in a share link that could not be read as it stands. Each names the part concerned
 * (clipped to a readable length) so the notice can say what was skipped.
 */
export type ShareLinkProblem =
  /** No `v=`: the link was probably cut short; the answers were read with today's vocabulary. */
  | { kind: 'missing-version' }
  | { kind: 'unreadable-version'; value: string }
  /** Made before questions were added: every answer it carries is read, newer questions stay open. */
  | { kind: 'older-version'; version: number; current: number }
  /** Made by a newer app: what this app knows is read, the rest is listed. */
  | { kind: 'newer-version'; version: number; current: number }
  | { kind: 'malformed-part'; part: string }
  /** A key given twice: the last one counts. `key` is the question id, or `v`. */
  | { kind: 'repeated-key'; key: string }
  | { kind: 'missing-value'; question: string }
  | Exclude<AnswerProblem, { kind: 'not-an-object' }>;

/** How a sentence names a question and an option: by its label, or the id a link used. */
interface Names {
  question: (id: string) => string;
  option: (question: string, value: string) => string;
}

function texts(problem: ShareLinkProblem, name: Names): LocalizedText {
  switch (problem.kind) {
    case 'missing-version':
      return {
        en: 'The link has no version (v=…), so it may have been cut short. Check that the answers are complete.',
        ja: 'リンクにバージョン（v=…）がありません。途中で切れている可能性があるので、回答がそろっているか確認してください。',
      };
    case 'unreadable-version':
      return {
        en: `The link's version "${problem.value}" is not a number; the answers were read with today's questionnaire.`,
        ja: `リンクのバージョン「${problem.value}」が数値ではないため、現在の質問票として読み取りました。`,
      };
    case 'older-version':
      return {
        en: `This link was made with version ${problem.version} of the questionnaire (now ${problem.current}); questions added since are unanswered.`,
        ja: `このリンクは質問票のバージョン ${problem.version} で作られています（現在は ${problem.current}）。その後に追加された質問は未回答です。`,
      };
    case 'newer-version':
      return {
        en: `This link was made with a newer questionnaire (version ${problem.version}; this app knows ${problem.current}); answers this app does not know are listed here.`,
        ja: `このリンクは新しい質問票（バージョン ${problem.version}）で作られています（このアプリは ${problem.current} まで対応）。読み取れなかった回答をここに示します。`,
      };
    case 'malformed-part':
      return {
        en: `"${problem.part}" is not a key=value pair and was skipped.`,
        ja: `「${problem.part}」は key=value の形ではないため、読み飛ばしました。`,
      };
    case 'repeated-key':
      return {
        en: `"${name.question(problem.key)}" appears more than once; the last one counts.`,
        ja: `「${name.question(problem.key)}」が複数回指定されています。最後の指定を使いました。`,
      };
    case 'missing-value':
      return {
        en: `"${name.question(problem.question)}" has no value and was left unanswered.`,
        ja: `「${name.question(problem.question)}」に値がないため、未回答のままにしました。`,
      };
    case 'unknown-question':
      return {
        en: `"${problem.question}" is not a question this app knows and was skipped.`,
        ja: `「${problem.question}」はこのアプリが知らない質問のため、読み飛ばしました。`,
      };
    case 'unknown-value':
      return {
        en: `"${problem.value}" is not an option of "${name.question(problem.question)}" and was skipped.`,
        ja: `「${problem.value}」は「${name.question(problem.question)}」の選択肢にないため、読み飛ばしました。`,
      };
    case 'wrong-shape':
      return problem.expected === 'single'
        ? {
            en: `"${name.question(problem.question)}" takes one value, so the answer was left out.`,
            ja: `「${name.question(problem.question)}」には値を 1 つだけ指定できるため、この回答は外しました。`,
          }
        : {
            en: `"${name.question(problem.question)}" takes a list of values, so the answer was left out.`,
            ja: `「${name.question(problem.question)}」には値の一覧を指定するため、この回答は外しました。`,
          };
    case 'conflicting-values':
      return {
        en: `"${name.option(problem.question, problem.value)}" cannot be combined with other values of "${name.question(problem.question)}" and was dropped.`,
        ja: `「${name.question(problem.question)}」の「${name.option(problem.question, problem.value)}」は他の選択肢と同時に選べないため、外しました。`,
      };
  }
}

/**
 * One sentence for the notice shown when a link could not be read in full, in the user's
 * language. With the questionnaire, questions and options are named by their labels in that
 * language rather than by the ids a link carries. Plain text: the caller's renderer escapes it.
 */
export function describeShareLinkProblem(
  problem: ShareLinkProblem,
  lang: Lang,
  questionnaire?: Questionnaire,
): string {
  const name: Names = questionnaire
    ? {
        question: (id) => textIn(questionTitle(questionnaire, id), lang),
        option: (question, value) => textIn(optionLabel(questionnaire, question, value), lang),
      }
    : { question: (id) => id, option: (_question, value) => value };
  return texts(problem, name)[lang];
}
