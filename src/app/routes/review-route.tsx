import questionnaire from 'virtual:content/questionnaire';
import { ReviewPage } from '../../features/review/review-page';

export function ReviewRoute() {
  return <ReviewPage questionnaire={questionnaire} />;
}
