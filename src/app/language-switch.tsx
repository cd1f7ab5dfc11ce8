import { defineMessages } from '../i18n/define-messages';
import { useLang, useLocalize } from '../i18n/use-localize';
import { languages, type Lang } from '../domain/languages';
import { appMessages } from './messages';
import type { LanguageSwitchState } from './use-language-switch';
import styles from './language-switch.module.css';

// Each language is named in itself, so someone who cannot read the current one still finds theirs.
const languageNames = defineMessages({
  en: { en: 'English', ja: 'English' },
  ja: { en: '日本語', ja: '日本語' },
});

export function languageName(lang: Lang): string {
  return languageNames[lang][lang];
}

export function LanguageSwitch({ loading, switchTo }: LanguageSwitchState) {
  const t = useLocalize();
  const current = useLang();
  return (
    <div
      role="group"
      aria-label={t(appMessages.language)}
      aria-busy={loading !== undefined}
      className={styles.switch}
    >
      {languages.map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          className={styles.option}
          aria-pressed={lang === current}
          onClick={() => {
            if (lang !== current) switchTo(lang);
          }}
        >
          {languageName(lang)}
        </button>
      ))}
    </div>
  );
}
