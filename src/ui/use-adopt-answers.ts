import { useNavigate } from 'react-router';
import { usePagePath } from './use-page-path';
import type { Answers } from '../domain/answers';
import { useAnswersStore } from '../stores/answers-store';
import { useScenarioStore } from '../stores/scenario-store';

/**
 * Makes answers from a link or a preset the user's own and opens their results. A what-if scenario
 * over the answers they replace is dropped: its edits were made against other answers.
 */
export function useAdoptAnswers(): (answers: Answers) => void {
  const replaceAnswers = useAnswersStore((state) => state.replaceAnswers);
  const discardScenario = useScenarioStore((state) => state.discard);
  const navigate = useNavigate();
  const pagePath = usePagePath();
  return (answers) => {
    replaceAnswers(answers);
    discardScenario();
    void navigate(pagePath('/results'));
  };
}
