import { memo } from 'react';
import type { Decision, StackEntry } from '../../domain/advice';
import type { Content } from '../../domain/content';
import { useFormat } from '../../i18n/use-format';
import { useLocalize } from '../../i18n/use-localize';
import { AlternativeList } from './alternative-list';
import { ConfigurationList } from './configuration-list';
import { findService, serviceName } from './content-lookup';
import { DocsLink } from './docs-link';
import { DoorSummary } from './door-summary';
import { ExcludedList } from './excluded-list';
import { messages } from './messages';
import { slotCardId } from './results-sections';
import { ReasonList } from './reason-list';
import shared from './shared.module.css';
import type { SlotChange } from './what-if/stack-changes';
import styles from './slot-card.module.css';

interface SlotCardProps {
  entry: StackEntry;
  decision: Decision | undefined;
  change: SlotChange | undefined;
  content: Content;
}

/** One part of the stack: the pick, why, what else would do, the door it opens and its docs. */
export const SlotCard = memo(function SlotCard({
  entry,
  decision,
  change,
  content,
}: SlotCardProps) {
  const t = useLocalize();
  const format = useFormat();
  const service = findService(content, entry.service);
  const headingId = `${slotCardId(entry.slot)}-heading`;
  return (
    <article
      id={slotCardId(entry.slot)}
      aria-labelledby={headingId}
      tabIndex={-1}
      className={change ? styles.cardChanged : styles.card}
    >
      <h3 id={headingId} className={styles.title}>
        {t(entry.title)}
      </h3>
      {change ? (
        <p className={styles.changeNote}>
          {change.previous === null
            ? t(messages.changedNew)
            : t(messages.changedFrom, {
                service: format.list(change.previous.map((id) => serviceName(content, id))),
              })}
        </p>
      ) : null}
      {entry.kind === 'bundle' ? (
        <>
          <p className={styles.pick}>
            <span className={shared.muted}>{t(messages.cardSet)}</span>
          </p>
          {decision ? <DoorSummary door={decision.door} /> : null}
          <ul className={styles.alternatives}>
            {entry.members.map((member) => (
              <li key={member.service}>
                <strong className={styles.service}>{serviceName(content, member.service)}</strong>
                <ReasonList reasons={member.reasons} content={content} />
              </li>
            ))}
          </ul>
        </>
      ) : (
        <>
          <p className={styles.pick}>
            <span className={shared.muted}>{t(messages.cardPick)}</span>{' '}
            <strong className={styles.service}>{serviceName(content, entry.service)}</strong>
          </p>
          {entry.tie ? (
            <p className={styles.changeNote}>
              {t(messages.cardTie, {
                services: format.list(entry.tie.services.map((id) => serviceName(content, id))),
              })}
            </p>
          ) : null}
          {service ? <p className={styles.purpose}>{t(service.purpose)}</p> : null}
          {decision ? <DoorSummary door={decision.door} /> : null}
          <h4 className={styles.subheading}>{t(messages.cardWhy)}</h4>
          <ReasonList reasons={entry.reasons} content={content} />
        </>
      )}

      {entry.configuration.length > 0 ? (
        <>
          <h4 className={styles.subheading}>{t(messages.cardSetUp)}</h4>
          <ConfigurationList configuration={entry.configuration} content={content} />
        </>
      ) : null}

      <h4 id={`${headingId}-alternatives`} className={styles.subheading}>
        {t(entry.kind === 'bundle' ? messages.cardNotYet : messages.cardAlternatives)}
      </h4>
      <AlternativeList
        alternatives={entry.alternatives}
        labelledBy={`${headingId}-alternatives`}
        content={content}
      />

      {entry.excluded.length > 0 ? (
        <>
          <h4 className={styles.subheading}>{t(messages.cardRuledOut)}</h4>
          <ExcludedList excluded={entry.excluded} content={content} />
        </>
      ) : null}

      {service ? (
        <>
          <p className={styles.pricing}>
            {t(messages.cardPricing, { summary: t(service.pricing.summary) })}
          </p>
          <p className={styles.footer}>
            <DocsLink service={service} />
            <span className={shared.muted}>
              {t(messages.cardReviewed, { date: format.contentDate(service.reviewed) })}
            </span>
          </p>
        </>
      ) : null}
    </article>
  );
});
