import type { Preset } from '../../domain/guidance-schema';
import { useLocalize } from '../../i18n/use-localize';
import buttons from '../../ui/button.module.css';
import { landingMessages as messages } from './messages';
import styles from './preset-list.module.css';

interface PresetListProps {
  presets: readonly Preset[];
  onOpen: (preset: Preset) => void;
}

/** The example teams a mentor opens in one click, each with its note for the facilitator. */
export function PresetList({ presets, onOpen }: PresetListProps) {
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
            <button
              type="button"
              className={`${buttons.secondary} ${styles.open}`}
              aria-label={t(messages.openPresetNamed, { title: t(preset.title) })}
              onClick={() => {
                onOpen(preset);
              }}
            >
              {t(messages.openPreset)}
            </button>
          </article>
        </li>
      ))}
    </ul>
  );
}
