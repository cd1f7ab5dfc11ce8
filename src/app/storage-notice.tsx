import { useFormat } from '../i18n/use-format';
import { useLocalize } from '../i18n/use-localize';
import { useAnswersStore } from '../stores/answers-store';
import { useStorageStatus } from '../stores/browser-storage';
import buttons from '../ui/button.module.css';
import { appMessages } from './messages';
import styles from './notice.module.css';

function Notice({ text, onDismiss }: { text: string; onDismiss: () => void }) {
  const t = useLocalize();
  return (
    <div className={styles.notice}>
      <p className={styles.text}>{text}</p>
      <button type="button" className={buttons.quiet} onClick={onDismiss}>
        {t(appMessages.dismiss)}
      </button>
    </div>
  );
}

/** Tells the user what happened to a saved session that could not be read cleanly, or is not being saved. */
export function StorageNotice() {
  const t = useLocalize();
  const format = useFormat();
  const notice = useAnswersStore((state) => state.notice);
  const dismiss = useAnswersStore((state) => state.dismissNotice);
  const notSaving = useStorageStatus((state) => state.notSaving);
  const dismissNotSaving = useStorageStatus((state) => state.dismiss);
  return (
    <div role="status">
      {notice && (
        <Notice
          text={
            notice.kind === 'recovered'
              ? t(appMessages.recovered, { count: format.number(notice.dropped) })
              : t(appMessages.startedFresh)
          }
          onDismiss={dismiss}
        />
      )}
      {notSaving && <Notice text={t(appMessages.notSaved)} onDismiss={dismissNotSaving} />}
    </div>
  );
}
