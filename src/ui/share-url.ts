import type { Answers } from '../domain/answers';
import type { Lang } from '../domain/languages';
import { pathInLanguage } from '../domain/language-path';
import type { QuestionnaireOutline } from '../domain/questionnaire-outline';
import { encodeShareLink } from '../domain/share-link/encode-share-link';

/** The route that opens a share link: `/s?st=seed&...&v=1`. */
const sharePath = '/s';

/**
 * The route of an example team's page: `/p/seed-saas/`. The slash at the end is the address of
 * its prerendered file (`p/seed-saas/index.html`), which a static host would otherwise redirect to,
 * a round trip more on a slow network.
 */
export function presetPath(presetId: string): string {
  return `/p/${encodeURIComponent(presetId)}/`;
}

/** Where the app lives: the origin, and under a sub-path build (BASE_PATH) the sub-path too. */
function appBaseUrl(): string {
  return `${window.location.origin}${import.meta.env.BASE_URL.replace(/\/$/, '')}`;
}

/**
 * The app's own address for share links, as the Markdown export's `appUrl`: the exported link
 * back is then exactly the URL that "Copy link" gives for the same answers.
 */
export function shareBaseUrl(lang: Lang): string {
  return `${appBaseUrl()}${pathInLanguage(lang, sharePath)}`;
}

/** The absolute URL that opens these answers on any machine, in the language on screen. */
export function shareUrl(
  lang: Lang,
  answers: Answers,
  questionnaire: QuestionnaireOutline,
): string {
  return `${shareBaseUrl(lang)}?${encodeShareLink(answers, questionnaire)}`;
}

/**
 * The absolute URL of an example team's page. Shorter than a share link of the same answers, so a
 * mentor can put it on a slide, and it follows later edits to the preset.
 */
export function presetUrl(lang: Lang, presetId: string): string {
  return `${appBaseUrl()}${pathInLanguage(lang, presetPath(presetId))}`;
}
