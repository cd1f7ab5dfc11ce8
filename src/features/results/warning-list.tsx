import { memo } from 'react';
import type { Warning } from '../../domain/advice';
import type { ResultsContent } from '../../domain/results-content';
import type { LocalizedText } from '../../domain/localized-text';
import { useFormat } from '../../i18n/use-format';
import { useLocalize } from '../../i18n/use-localize';
import { serviceName } from '../../domain/content-lookup';
import { isPastDate } from './is-past-date';
import { messages } from './messages';
import styles from './warning-list.module.css';

type UnavailableStatus = Extract<Warning, { kind: 'service-unavailable' }>['status'];

const unavailableMessages: Record<
  UnavailableStatus,
  { past: LocalizedText; future: LocalizedText; undated: LocalizedText }
> = {
  'end-of-support': {
    past: messages.warningEnded,
    future: messages.warningEnds,
    undated: messages.warningEndedUndated,
  },
  'closed-to-new-customers': {
    past: messages.warningClosed,
    future: messages.warningCloses,
    undated: messages.warningClosedUndated,
  },
};

interface WarningListProps {
  /** The warnings about one slot's pick. */
  warnings: readonly Warning[];
  slotTitle: string;
  /** Whether to say what to do about it too, or only what happened (a closed card). */
  detailed: boolean;
  content: ResultsContent;
}

function WarningHeadline({
  warning,
  slot,
  content,
}: {
  warning: Warning;
  slot: string;
  content: ResultsContent;
}) {
  const t = useLocalize();
  const format = useFormat();
  const service = serviceName(content, warning.service);
  switch (warning.kind) {
    case 'service-unavailable': {
      const forms = unavailableMessages[warning.status];
      if (warning.date === null) return t(forms.undated, { service, slot });
      // AWS announces these ahead of time: a date still to come is said in the future tense.
      const message = isPastDate(warning.date) ? forms.past : forms.future;
      return t(message, { service, slot, date: format.contentDate(warning.date) });
    }
    case 'fixed-cost-on-credits':
      return t(messages.warningFixedCost, { service, slot });
    case 'no-eligible-candidate':
      return t(messages.warningNoFit, { slot });
  }
}

/**
 * What to know before acting on a pick: a service AWS no longer sells (and its successor), a fixed
 * cost. Shown beside the pick it concerns, never on its own, so no one reads about a service they
 * were not recommended.
 */
export const WarningList = memo(function WarningList({
  warnings,
  slotTitle,
  detailed,
  content,
}: WarningListProps) {
  const t = useLocalize();
  if (warnings.length === 0) return null;
  return (
    <ul className={styles.warnings}>
      {warnings.map((warning) => (
        <li key={`${warning.kind}-${warning.slot}-${warning.service}`} className={styles.warning}>
          <p className={styles.headline}>
            <WarningHeadline warning={warning} slot={slotTitle} content={content} />
          </p>
          {detailed && warning.kind === 'service-unavailable' && warning.successor ? (
            <p className={styles.text}>
              {t(messages.warningSuccessor, { service: serviceName(content, warning.successor) })}
            </p>
          ) : null}
          {detailed ? <p className={styles.text}>{t(warning.text)}</p> : null}
        </li>
      ))}
    </ul>
  );
});
