import { ReviewPage } from '../../features/review/review-page';
import { CopyLinkButton } from '../../features/share/copy-link-button';
import { useAnswersStore } from '../../stores/answers-store';
import { useQuestionsContent } from '../use-screen-content';

function ReviewRoute() {
  const answers = useAnswersStore((state) => state.answers);
  const { questionnaire } = useQuestionsContent();
  return (
    <>
      <ReviewPage questionnaire={questionnaire} />
      {Object.keys(answers).length > 0 && (
        <CopyLinkButton answers={answers} questionnaire={questionnaire} />
      )}
    </>
  );
}

/** Loaded by the route table's `lazy`, which takes a module that exports `Component`. */
export { ReviewRoute as Component };
