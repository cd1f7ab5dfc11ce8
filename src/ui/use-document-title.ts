import { useEffect } from 'react';
import { useLocalize } from '../i18n/use-localize';
import { uiMessages } from './messages';

/** A page's title: its own, then the app's name (once, on a page named after the app). */
export function documentTitle(pageTitle: string, appName: string): string {
  return pageTitle === '' || pageTitle === appName ? appName : `${pageTitle} · ${appName}`;
}

/** Names the browser tab after the page, so screen readers and history say where the user is. */
export function useDocumentTitle(pageTitle: string): void {
  const t = useLocalize();
  const appName = t(uiMessages.appName);
  useEffect(() => {
    document.title = documentTitle(pageTitle, appName);
  }, [pageTitle, appName]);
}
