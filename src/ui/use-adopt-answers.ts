import { useNavigate } from 'react-router';
import type { Answers } from '../domain/answers';
import { useAnswersStore } from '../stores/answers-store';

/** Makes answers from a link or a preset the user's own and opens their results. */
export function useAdoptAnswers(): (answers: Answers) => void {
  const replaceAnswers = useAnswersStore((state) => state.replaceAnswers);
  const navigate = useNavigate();
  return (answers) => {
    replaceAnswers(answers);
    void navigate('/results');
  };
}
