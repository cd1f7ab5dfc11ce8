import { effectiveAnswers, isQuestionShown, type Answers } from './answers';
import type { QuestionnaireOutline, SectionOutline } from './questionnaire-outline';

/** A section as the user meets it now: only the questions its display conditions still show. */
export interface ShownSection<S extends SectionOutline = SectionOutline> {
  section: S;
  questions: readonly S['questions'][number][];
}

/**
 * The questionnaire as the user walks it, given the answers so far. Display conditions are judged
 * against the effective answers, so a question hidden by an earlier answer cannot keep another one
 * shown; a section whose every question is hidden is left out, so Back and Next never land on an
 * empty page.
 */
export function questionnaireFlow<Q extends QuestionnaireOutline>(
  questionnaire: Q,
  answers: Answers,
): ShownSection<Q['sections'][number]>[] {
  const effective = effectiveAnswers(answers, questionnaire);
  return questionnaire.sections
    .map((section) => ({
      section,
      questions: section.questions.filter((question) => isQuestionShown(question, effective)),
    }))
    .filter((shown) => shown.questions.length > 0);
}

/** Whether a question has an answer; an empty multi-choice list counts as unanswered. */
export function isAnswered(answers: Answers, questionId: string): boolean {
  const value = answers[questionId];
  return value !== undefined && value.length > 0;
}

/** How many of the shown questions are answered: progress that stays right as questions come and go. */
export function flowProgress(
  flow: readonly ShownSection[],
  answers: Answers,
): { answered: number; total: number } {
  const questions = flow.flatMap((shown) => shown.questions);
  return {
    answered: questions.filter((question) => isAnswered(answers, question.id)).length,
    total: questions.length,
  };
}

/** 1-based position of a question among the shown ones, for "question 6 of 21". */
export function questionNumber(flow: readonly ShownSection[], questionId: string): number {
  return flow.flatMap((shown) => shown.questions).findIndex((q) => q.id === questionId) + 1;
}

/**
 * Where "continue" and the Questions link lead: the section the user last opened while it is still
 * shown, else the first shown section with an unanswered question, else the first section.
 */
export function resumeSectionId(
  flow: readonly ShownSection[],
  answers: Answers,
  lastSectionId: string | undefined,
): string | undefined {
  const sectionIds = flow.map((shown) => shown.section.id);
  if (lastSectionId !== undefined && sectionIds.includes(lastSectionId)) return lastSectionId;
  const unfinished = flow.find((shown) => shown.questions.some((q) => !isAnswered(answers, q.id)));
  return unfinished?.section.id ?? sectionIds[0];
}
