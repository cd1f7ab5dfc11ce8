import { PageLink } from '../../ui/page-link';
import { useLocalize } from '../../i18n/use-localize';
import buttons from '../../ui/button.module.css';
import { useDocumentTitle } from '../../ui/use-document-title';
import { appMessages } from '../messages';
import styles from './status-page.module.css';

export function NotFoundRoute() {
  const t = useLocalize();
  useDocumentTitle(t(appMessages.notFoundTitle));
  return (
    <div className={styles.page}>
      <h1>{t(appMessages.notFoundTitle)}</h1>
      <p>{t(appMessages.notFoundBody)}</p>
      <PageLink to="/" className={buttons.primary}>
        {t(appMessages.goHome)}
      </PageLink>
    </div>
  );
}
