import { useEffect } from 'react';
import { useLocalize } from '../i18n/use-localize';
import { uiMessages } from './messages';

/** Names the browser tab after the page, so screen readers and history say where the user is. */
export function useDocumentTitle(pageTitle: string): void {
  const t = useLocalize();
  const appName = t(uiMessages.appName);
  useEffect(() => {
    document.title = pageTitle === appName ? appName : `${pageTitle} · ${appName}`;
  }, [pageTitle, appName]);
}
