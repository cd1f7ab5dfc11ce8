import { useLocalize } from '../i18n/use-localize';
import buttons from '../ui/button.module.css';
import { languageName } from './language-switch';
import { appMessages } from './messages';
import type { LanguageSwitchState } from './use-language-switch';
import styles from './notice.module.css';

/** Says that the other language could not be loaded, so a switch that did nothing is explained. */
export function LanguageUnavailableNotice({ unavailable, dismiss }: LanguageSwitchState) {
  const t = useLocalize();
  if (!unavailable) return null;
  return (
    <div role="alert" className={styles.notice}>
      <p className={styles.text}>
        {t(appMessages.languageUnavailable, { language: languageName(unavailable) })}
      </p>
      <button type="button" className={buttons.quiet} onClick={dismiss}>
        {t(appMessages.dismiss)}
      </button>
    </div>
  );
}
