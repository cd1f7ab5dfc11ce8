import { defineMessages } from '../i18n/define-messages';
import { useLang, useLocalize } from '../i18n/use-localize';
import { languages } from '../domain/languages';
import { useLanguageStore } from '../stores/language-store';
import { appMessages } from './messages';
import styles from './language-switch.module.css';

// Each language is named in itself, so someone who cannot read the current one still finds theirs.
const languageNames = defineMessages({
  en: { en: 'English', ja: 'English' },
  ja: { en: '日本語', ja: '日本語' },
});

/** Switches the UI language; answers live in their own store, so nothing is lost. */
export function LanguageSwitch() {
  const t = useLocalize();
  const current = useLang();
  const setLang = useLanguageStore((state) => state.setLang);
  return (
    <div role="group" aria-label={t(appMessages.language)} className={styles.switch}>
      {languages.map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          className={styles.option}
          aria-pressed={lang === current}
          onClick={() => {
            setLang(lang);
          }}
        >
          {languageNames[lang][lang]}
        </button>
      ))}
    </div>
  );
}
