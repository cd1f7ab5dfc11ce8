import { useMemo } from 'react';
import type { QuestionnaireOutline } from '../domain/questionnaire-outline';
import { questionnaireFlow, resumeSectionId } from '../domain/questionnaire-flow';
import { useAnswersStore } from '../stores/answers-store';

/** The questionnaire page to return to: where the user left off, or the first section. */
export function useQuestionsPath(questionnaire: QuestionnaireOutline): string {
  const answers = useAnswersStore((state) => state.answers);
  const lastSectionId = useAnswersStore((state) => state.lastSectionId);
  return useMemo(() => {
    const sectionId = resumeSectionId(
      questionnaireFlow(questionnaire, answers),
      answers,
      lastSectionId,
    );
    return sectionId === undefined ? '/' : `/questions/${sectionId}`;
  }, [questionnaire, answers, lastSectionId]);
}
