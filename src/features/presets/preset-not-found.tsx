import { PageLink } from '../../ui/page-link';
import { showUntrusted } from '../../domain/show-untrusted';
import { useLocalize } from '../../i18n/use-localize';
import buttons from '../../ui/button.module.css';
import { useDocumentTitle } from '../../ui/use-document-title';
import { presetMessages as messages } from './messages';
import styles from './preset-page.module.css';

/**
 * A `/p/<id>` for a preset that does not exist (a typo, or one since renamed). The id is whatever
 * the address held, so it is shown cut short and with control characters escaped.
 */
export function PresetNotFound({ id }: { id: string }) {
  const t = useLocalize();
  useDocumentTitle(t(messages.notFoundTitle));
  return (
    <div className={styles.notFound}>
      <h1>{t(messages.notFoundTitle)}</h1>
      <p>{t(messages.notFoundBody, { id: showUntrusted(id) })}</p>
      <PageLink to="/#presets-title" className={buttons.primary}>
        {t(messages.gallery)}
      </PageLink>
    </div>
  );
}
