import type { Answers } from '../domain/answers';
import type { QuestionnaireOutline } from '../domain/questionnaire-outline';
import { encodeShareLink } from '../domain/share-link/encode-share-link';

/** The route that opens a share link: `/s?st=seed&...&v=1`. */
export const sharePath = '/s';

/**
 * The app's own address for share links, as the Markdown export's `appUrl`: the exported link
 * back is then exactly the URL that "Copy link" gives for the same answers.
 */
export function shareBaseUrl(): string {
  // Under a sub-path (BASE_PATH) the route lives below it.
  return `${window.location.origin}${import.meta.env.BASE_URL.replace(/\/$/, '')}${sharePath}`;
}

/** The absolute URL that opens these answers on any machine. */
export function shareUrl(answers: Answers, questionnaire: QuestionnaireOutline): string {
  return `${shareBaseUrl()}?${encodeShareLink(answers, questionnaire)}`;
}
