import { memo } from 'react';
import type { FailureCheck, FailureStatus } from '../../domain/advice';
import type { ResultsContent } from '../../domain/results-content';
import { coverageLabels, failureStatusLabels } from '../../domain/engine-labels';
import { useLocalize } from '../../i18n/use-localize';
import { AnswerChips } from './answer-chips';
import { serviceName } from '../../domain/content-lookup';
import { messages } from './messages';
import shared from './shared.module.css';
import styles from './failure-checklist.module.css';

const statusStyles: Record<
  FailureStatus,
  { rank: number; badge: string | undefined; item: string | undefined }
> = {
  gap: { rank: 0, badge: shared.badgeGap, item: styles.itemGap },
  'to-configure': { rank: 1, badge: shared.badgeWarn, item: styles.item },
  'built-in': { rank: 2, badge: shared.badgeOk, item: styles.item },
};

interface FailureChecklistProps {
  checks: readonly FailureCheck[];
  content: ResultsContent;
}

/** The design-for-failure practices, gaps first, each with its status in words. */
export const FailureChecklist = memo(function FailureChecklist({
  checks,
  content,
}: FailureChecklistProps) {
  const t = useLocalize();
  // Array.prototype.sort is stable: practices keep the talk's order within each status.
  const ordered = [...checks].sort(
    (a, b) => statusStyles[a.status].rank - statusStyles[b.status].rank,
  );
  return (
    <>
      <p>{t(messages.failureIntro)}</p>
      <ul className={styles.checks}>
        {ordered.map((check) => {
          const status = statusStyles[check.status];
          return (
            <li key={check.practice} className={status.item}>
              <h3 className={styles.title}>{t(check.title)}</h3>
              <p className={styles.status}>
                <span className={status.badge}>{t(failureStatusLabels[check.status])}</span>
              </p>
              {check.advice ? <p className={styles.advice}>{t(check.advice)}</p> : null}
              <AnswerChips answers={check.matched} content={content} />
              {check.coveredBy.length > 0 ? (
                <>
                  <h4 className={styles.subheading}>{t(messages.failureCoveredBy)}</h4>
                  <ul className={styles.coverage}>
                    {check.coveredBy.map((cover) => (
                      <li key={cover.service}>
                        <strong>
                          {t(messages.failureSupport, {
                            service: serviceName(content, cover.service),
                            support: t(coverageLabels[cover.support]),
                          })}
                        </strong>
                        <p className={styles.note}>{t(cover.note)}</p>
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
            </li>
          );
        })}
      </ul>
    </>
  );
});
