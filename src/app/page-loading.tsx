import { useLocalize } from '../i18n/use-localize';
import { appMessages } from './messages';
import styles from './page-loading.module.css';

/**
 * Said while a screen's code is on its way: every screen but the landing page loads on demand, and
 * on conference Wi-Fi a click could otherwise look like it did nothing.
 */
export function PageLoading() {
  const t = useLocalize();
  return (
    <p role="status" className={styles.loading}>
      {t(appMessages.loading)}
    </p>
  );
}
