import { Navigate, useParams } from 'react-router';
import { SectionPage } from '../../features/questionnaire/section-page';
import { usePagePath } from '../../ui/use-page-path';
import { useQuestionsPath } from '../../ui/use-questions-path';
import { useQuestionsContent } from '../use-screen-content';
import { NotFoundRoute } from './not-found-route';

/** `/questions/:sectionId`; a bare `/questions` resumes where the user left off. */
function QuestionsRoute() {
  const { sectionId } = useParams();
  const { questionnaire } = useQuestionsContent();
  const resumePath = useQuestionsPath(questionnaire);
  const pagePath = usePagePath();
  if (sectionId === undefined) return <Navigate to={pagePath(resumePath)} replace />;
  if (!questionnaire.sections.some((section) => section.id === sectionId)) {
    return <NotFoundRoute />;
  }
  // Keyed by section, so a new section starts with no leftover error summary or announcement.
  return <SectionPage key={sectionId} questionnaire={questionnaire} sectionId={sectionId} />;
}

/** Loaded by the route table's `lazy`, which takes a module that exports `Component`. */
export { QuestionsRoute as Component };
