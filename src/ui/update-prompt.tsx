import { useLocalize } from '../i18n/use-localize';
import buttons from './button.module.css';
import styles from './update-prompt.module.css';

const messages = {
  available: {
    en: 'A new version of the advisor is available. Your answers are kept.',
    ja: 'アドバイザーの新しいバージョンがあります。回答はそのまま残ります。',
  },
  reload: { en: 'Reload', ja: '再読み込み' },
  later: { en: 'Later', ja: 'あとで' },
};

export interface UpdatePromptProps {
  /** A new version is installed and waiting. */
  needRefresh: boolean;
  /** Activates the new version and reloads; answers live in localStorage, so they stay. */
  onReload: () => void;
  onDismiss: () => void;
}

/** "A new version is available": shown after a deploy, so nobody is switched mid-workshop. */
export function UpdatePrompt({ needRefresh, onReload, onDismiss }: UpdatePromptProps) {
  const t = useLocalize();
  if (!needRefresh) return null;
  return (
    <div role="status" className={styles.prompt}>
      <p>{t(messages.available)}</p>
      <button type="button" className={buttons.primary} onClick={onReload}>
        {t(messages.reload)}
      </button>
      <button type="button" className={buttons.secondary} onClick={onDismiss}>
        {t(messages.later)}
      </button>
    </div>
  );
}
