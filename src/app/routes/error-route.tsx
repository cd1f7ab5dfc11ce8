import { useEffect } from 'react';
import { isRouteErrorResponse, useLocation, useRouteError } from 'react-router';
import { splitLanguagePath } from '../../domain/language-path';
import { PageLink } from '../../ui/page-link';
import { useLocalize } from '../../i18n/use-localize';
import buttons from '../../ui/button.module.css';
import { useDocumentTitle } from '../../ui/use-document-title';
import { appMessages } from '../messages';
import { LanguageRedirect } from '../language-root';
import { NotFoundRoute } from './not-found-route';
import styles from './status-page.module.css';

/**
 * Shown instead of a page that threw. It never touches the answers store: the way out is a reload
 * or the start page, and the user's answers are still there on both.
 */
export function ErrorRoute() {
  const t = useLocalize();
  const error = useRouteError();
  const { pathname } = useLocation();
  useDocumentTitle(t(appMessages.errorTitle));

  useEffect(() => {
    // Kept in the console for whoever debugs a report; the user sees only the friendly message.
    console.error(error);
  }, [error]);

  if (isRouteErrorResponse(error) && error.status === 404) {
    // A path that no route matches at all, such as an old link whose id holds a line break (a
    // splat does not match one): with no language in it, it gets one first, as every old link does.
    return splitLanguagePath(pathname) ? <NotFoundRoute /> : <LanguageRedirect />;
  }

  return (
    <div className={styles.page} role="alert">
      <h1>{t(appMessages.errorTitle)}</h1>
      <p>{t(appMessages.errorBody)}</p>
      <div className={styles.actions}>
        <button
          type="button"
          className={buttons.primary}
          onClick={() => {
            window.location.reload();
          }}
        >
          {t(appMessages.reload)}
        </button>
        <PageLink to="/" className={buttons.secondary} reloadDocument>
          {t(appMessages.goHome)}
        </PageLink>
      </div>
    </div>
  );
}
