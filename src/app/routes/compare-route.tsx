import { ComparePage } from '../../features/compare/compare-page';
import { useAnswersStore } from '../../stores/answers-store';
import { useResultsContent } from '../use-screen-content';

/** `/compare`: my answers against an example team or against my team one stage later. */
function CompareRoute() {
  const answers = useAnswersStore((state) => state.answers);
  const { content } = useResultsContent();
  return <ComparePage answers={answers} content={content} />;
}

/** Loaded by the route table's `lazy`, which takes a module that exports `Component`. */
export { CompareRoute as Component };
