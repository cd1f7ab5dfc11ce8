import type { Decision, StackEntry } from '../../domain/advice';
import { hasDetails, type ResultsContent } from '../../domain/results-content';
import { useFormat } from '../../i18n/use-format';
import { useLocalize } from '../../i18n/use-localize';
import { AlternativeList } from './alternative-list';
import { ConfigurationList } from './configuration-list';
import { findService, serviceName } from '../../domain/content-lookup';
import { DocsLink } from './docs-link';
import { DoorSummary } from './door-summary';
import { ExcludedList } from './excluded-list';
import { messages } from './messages';
import { ReasonList } from './reason-list';
import shared from './shared.module.css';
import styles from './slot-card.module.css';

interface SlotDetailsProps {
  entry: StackEntry;
  decision: Decision | undefined;
  content: ResultsContent;
  /** The id of the card's heading, for the alternatives list's label. */
  headingId: string;
}

/** Everything behind a pick: why, the door it opens, how to set it up, what else would do, docs. */
export function SlotDetails({ entry, decision, content, headingId }: SlotDetailsProps) {
  const t = useLocalize();
  const format = useFormat();
  const found = findService(content, entry.service);
  const service = found && hasDetails(found) ? found : undefined;
  return (
    <>
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
    </>
  );
}
