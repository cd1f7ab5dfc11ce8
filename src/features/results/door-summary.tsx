import { doorLabels, timeBoxLabels } from '../../domain/engine-labels';
import type { Door } from '../../domain/stack-schema';
import { useLocalize } from '../../i18n/use-localize';
import { messages } from './messages';
import shared from './shared.module.css';
import styles from './door-summary.module.css';

/**
 * A door badge with its time-box and, for a one-way door, how to keep it open. `inline` lets the
 * badges follow the text before them, for a list that must stay short.
 */
export function DoorSummary({ door, inline = false }: { door: Door; inline?: boolean }) {
  const t = useLocalize();
  const oneWay = door.kind === 'one-way';
  return (
    <div className={inline ? styles.doorInline : styles.door}>
      <p className={styles.badges}>
        <span className={oneWay ? shared.badgeWarn : shared.badgeOk}>
          {t(doorLabels[door.kind])}
        </span>{' '}
        <span className={shared.badgeNeutral}>{t(timeBoxLabels[door.timeBox])}</span>
      </p>
      {oneWay && door.keepOpen ? (
        <p className={styles.keepOpen}>{t(messages.keepOpen, { text: t(door.keepOpen) })}</p>
      ) : null}
    </div>
  );
}
