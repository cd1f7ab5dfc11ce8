import type { AnswerValue } from './answers';
import type { OptionOutline } from './questionnaire-outline';

export interface ToggleResult<Option extends OptionOutline> {
  value: AnswerValue | undefined;
  /** Options that were chosen before and are not now, besides the one the user unticked. */
  cleared: Option[];
}

/**
 * The answer after the user ticks or unticks one option of a multi-choice question. An exclusive
 * option ("none") and the ordinary options rule each other out, as parseAnswers expects.
 */
export function toggleOption<Option extends OptionOutline>(
  question: { options: readonly Option[] },
  current: AnswerValue | undefined,
  option: Option,
  checked: boolean,
): ToggleResult<Option> {
  const chosen = typeof current === 'string' || current === undefined ? [] : current;
  if (!checked) {
    const rest = chosen.filter((value) => value !== option.value);
    return { value: rest.length > 0 ? rest : undefined, cleared: [] };
  }
  const keep = (other: Option) =>
    chosen.includes(other.value) && !option.exclusive && !other.exclusive;
  const kept = question.options.filter(keep);
  const cleared = question.options.filter(
    (other) => other !== option && chosen.includes(other.value) && !keep(other),
  );
  // Questionnaire order, not click order, so answers compare and display the same way every time.
  const value = question.options
    .filter((other) => other === option || kept.includes(other))
    .map((other) => other.value);
  return { value, cleared };
}
