import type { Question } from '../../domain/questionnaire-schema';

/**
 * A multi-choice answer after ticking or unticking one option. An exclusive option ("none")
 * clears the others, and any other option clears it, so the answer never contradicts itself.
 * Returns undefined when nothing is left ticked: the question goes back to unanswered.
 */
export function toggleOption(
  question: Question,
  current: readonly string[],
  value: string,
  checked: boolean,
): readonly string[] | undefined {
  const exclusive = new Set(
    question.options.filter((option) => option.exclusive).map((option) => option.value),
  );
  let next: string[];
  if (!checked) next = current.filter((item) => item !== value);
  else if (exclusive.has(value)) next = [value];
  else next = [...current.filter((item) => !exclusive.has(item)), value];
  // Keep the questionnaire's option order so equal answers compare and serialise equally.
  const order = question.options.map((option) => option.value);
  next.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return next.length > 0 ? next : undefined;
}
