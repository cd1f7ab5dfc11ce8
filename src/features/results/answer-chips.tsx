import type { MatchedAnswer } from '../../domain/condition';
import type { ResultsContent } from '../../domain/results-content';
import { useLocalize } from '../../i18n/use-localize';
import { describeAnswer } from '../../domain/content-lookup';
import { messages } from './messages';
import shared from './shared.module.css';

interface AnswerChipsProps {
  answers: readonly MatchedAnswer[];
  content: ResultsContent;
}

/** The answers that made a reason hold, as the user gave them: "question: option". */
export function AnswerChips({ answers, content }: AnswerChipsProps) {
  const t = useLocalize();
  const unique = new Map(answers.map((answer) => [`${answer.question}=${answer.value}`, answer]));
  const chips = [...unique].map(([key, answer]) => ({
    key,
    ...describeAnswer(content.questionnaire, answer),
  }));
  if (chips.length === 0) return null;
  return (
    <ul className={shared.chips} aria-label={t(messages.cardBecause)}>
      {chips.map((chip) => (
        <li key={chip.key} className={shared.chip}>
          {t(messages.answerChip, {
            // Titles are questions; the trailing "?" reads oddly before the chosen option.
            question: t(chip.question).replace(/[?？]$/, ''),
            option: t(chip.option),
          })}
        </li>
      ))}
    </ul>
  );
}
