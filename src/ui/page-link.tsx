import { Link, type LinkProps } from 'react-router';
import { usePagePath } from './use-page-path';

/**
 * A link to a page of the app by its path without a language (`/results`, `/#presets-title`): it
 * opens in the language on screen, so no link leaves the language the visitor reads in.
 */
export function PageLink({ to, ...props }: Omit<LinkProps, 'to'> & { to: string }) {
  const pagePath = usePagePath();
  return <Link to={pagePath(to)} {...props} />;
}
