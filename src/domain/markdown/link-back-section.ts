import type { Answers } from '../answers';
import { encodeShareLink } from '../share-link/encode-share-link';
import { safeLinkDestination } from './escape-markdown';
import type { MarkdownContext } from './markdown-context';
import { markdownMessages as m } from './markdown-messages';

/** The key of one `key=value` part of a query. */
const keyOf = (part: string) => part.replace(/=.*/s, '');

/**
 * The app's address with the share-link query merged in: before its fragment (a query written
 * after `#` is part of the fragment, which the app never reads), after the parameters it already
 * has, less any the share link sets itself (a repeated key would be reported as a problem).
 */
export function withShareQuery(appUrl: string, query: string): string {
  const fragmentStart = appUrl.includes('#') ? appUrl.indexOf('#') : appUrl.length;
  const [path = '', ...existing] = appUrl.slice(0, fragmentStart).split('?');
  const own = new Set(query.split('&').map(keyOf));
  const kept = existing
    .join('?')
    .split('&')
    .filter((part) => part !== '' && !own.has(keyOf(part)));
  return `${path}?${[...kept, query].join('&')}${appUrl.slice(fragmentStart)}`;
}

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
  const url = appUrl === undefined ? null : safeLinkDestination(withShareQuery(appUrl, query));
  const body = url === null ? ctx.say(m.shareQuery, { query }) : ctx.say(m.openLink, { url });
  return [`## ${ctx.say(m.linkHeading)}`, body].join('\n\n');
}
