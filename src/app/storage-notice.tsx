import { useFormat } from '../i18n/use-format';
import { useLocalize } from '../i18n/use-localize';
import { useAnswersStore } from '../stores/answers-store';
import buttons from '../ui/button.module.css';
import { appMessages } from './messages';
import styles from './notice.module.css';

/** Tells the user what happened to a saved session that could not be read cleanly, or is not being saved. */
export function StorageNotice() {
  const t = useLocalize();
  const format = useFormat();
  const notice = useAnswersStore((state) => state.notice);
  const dismiss = useAnswersStore((state) => state.dismissNotice);
  return (
    <div role="status">
      {notice && (
        <div className={styles.notice}>
          <p className={styles.text}>
            {notice.kind === 'recovered'
              ? t(appMessages.recovered, { count: format.number(notice.dropped) })
              : t(notice.kind === 'not-saved' ? appMessages.notSaved : appMessages.startedFresh)}
          </p>
          <button type="button" className={buttons.quiet} onClick={dismiss}>
            {t(appMessages.dismiss)}
          </button>
        </div>
      )}
    </div>
  );
}
