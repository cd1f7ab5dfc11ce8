import { memo } from 'react';
import type { Decision, StackEntry, Warning } from '../../domain/advice';
import type { ResultsContent } from '../../domain/results-content';
import { useFormat } from '../../i18n/use-format';
import { useLocalize } from '../../i18n/use-localize';
import { serviceName } from '../../domain/content-lookup';
import { messages } from './messages';
import { slotCardId } from './results-sections';
import { shortServiceName } from './short-service-name';
import { SlotDetails } from './slot-details';
import type { SlotChange } from './what-if/stack-changes';
import { WarningList } from './warning-list';
import styles from './slot-card.module.css';

interface SlotCardProps {
  entry: StackEntry;
  decision: Decision | undefined;
  change: SlotChange | undefined;
  /** The warnings about this slot's pick, shown even while the card is closed. */
  warnings: readonly Warning[];
  open: boolean;
  /** Called with the card's id (`slotCardId`). */
  onToggle: (id: string) => void;
  content: ResultsContent;
}

/**
 * One part of the stack. Closed, it is one line: the part, the pick (or the set), and anything to
 * know before acting on it. Opening it in place shows why, the alternatives and the setup.
 */
export const SlotCard = memo(function SlotCard({
  entry,
  decision,
  change,
  warnings,
  open,
  onToggle,
  content,
}: SlotCardProps) {
  const t = useLocalize();
  const format = useFormat();
  const id = slotCardId(entry.slot);
  const headingId = `${id}-heading`;
  const title = t(entry.title);
  return (
    <article
      id={id}
      aria-labelledby={`${id}-name`}
      tabIndex={-1}
      className={change ? styles.cardChanged : styles.card}
    >
      <h3 id={headingId} className={styles.title}>
        <button
          type="button"
          className={styles.toggle}
          aria-expanded={open}
          aria-controls={`${id}-details`}
          onClick={() => {
            onToggle(id);
          }}
        >
          <span id={`${id}-name`} className={styles.slotName}>
            {title}
          </span>{' '}
          <span className={styles.service}>
            {format.list(
              entry.services.map((service) => shortServiceName(serviceName(content, service))),
            )}
          </span>
        </button>
      </h3>
      {change ? (
        <p className={styles.changeNote}>
          {change.previous === null
            ? t(messages.changedNew)
            : t(messages.changedFrom, {
                service: format.list(
                  change.previous.map((service) => serviceName(content, service)),
                ),
              })}
        </p>
      ) : null}
      {entry.tie ? (
        <p className={styles.changeNote}>
          {t(messages.cardTie, {
            services: format.list(
              entry.tie.services.map((service) => serviceName(content, service)),
            ),
          })}
        </p>
      ) : null}
      <WarningList warnings={warnings} slotTitle={title} detailed={open} content={content} />
      <div id={`${id}-details`} className={styles.details} hidden={!open}>
        {open ? (
          <SlotDetails entry={entry} decision={decision} content={content} headingId={headingId} />
        ) : null}
      </div>
    </article>
  );
});
