import type { Answers } from '../answers';
import { encodeShareLink } from '../share-link/encode-share-link';
import { safeLinkDestination } from './escape-markdown';
import type { MarkdownContext } from './markdown-context';
import { markdownMessages as m } from './markdown-messages';

/**
 * The way back to the app with these answers: a link when the app's address is known (an http or
 * https URL; anything else is not linked), otherwise the share-link query to add to its address.
 */
export function linkBackSection(
  answers: Answers,
  appUrl: string | undefined,
  ctx: MarkdownContext,
): string {
  const query = encodeShareLink(answers, ctx.content.questionnaire);
  const url =
    appUrl === undefined
      ? null
      : safeLinkDestination(`${appUrl}${appUrl.includes('?') ? '&' : '?'}${query}`);
  const body = url === null ? ctx.say(m.shareQuery, { query }) : ctx.say(m.openLink, { url });
  return [`## ${ctx.say(m.linkHeading)}`, body].join('\n\n');
}
