import { PageLink } from '../../ui/page-link';
import type { Preset } from '../../domain/guidance-schema';
import { useLocalize } from '../../i18n/use-localize';
import buttons from '../../ui/button.module.css';
import { presetPath } from '../../ui/share-url';
import { landingMessages as messages } from './messages';
import styles from './preset-list.module.css';

/**
 * The example teams, each with its note for the facilitator and a link to its own page
 * (`/p/<id>`), which a mentor can also hand out as is.
 */
export function PresetList({ presets }: { presets: readonly Preset[] }) {
  const t = useLocalize();
  return (
    <ul className={styles.list}>
      {presets.map((preset) => (
        <li key={preset.id}>
          <article className={styles.card}>
            <h3 className={styles.title}>{t(preset.title)}</h3>
            <details className={styles.note}>
              <summary>{t(messages.facilitatorNote)}</summary>
              <p>{t(preset.note)}</p>
            </details>
            <PageLink
              to={presetPath(preset.id)}
              className={`${buttons.secondary} ${styles.open}`}
              aria-label={t(messages.openPresetNamed, { title: t(preset.title) })}
            >
              {t(messages.openPreset)}
            </PageLink>
          </article>
        </li>
      ))}
    </ul>
  );
}
