import type { Content } from '../domain/content';
import { advise } from '../domain/advise';
import { memoize } from '../domain/memoize';
import type { Adviser } from '../features/results/what-if/use-what-if-advice';

/**
 * The engine over the whole content: it advises any answers. One per content value, so the page's
 * advice is derived again only when the content or the answers change.
 */
export const engineAdviser = memoize(
  (content: Content): Adviser => ({
    advise: (answers) => advise(answers, content),
    whatIf: 'ready',
  }),
  new WeakMap<Content, Adviser>(),
);
