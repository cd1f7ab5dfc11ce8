import { memo } from 'react';
import type { Decision } from '../../domain/advice';
import type { ResultsContent } from '../../domain/results-content';
import { useLocalize } from '../../i18n/use-localize';
import { serviceName } from '../../domain/content-lookup';
import { DoorSummary } from './door-summary';
import { messages } from './messages';
import shared from './shared.module.css';
import styles from './decision-list.module.css';

interface DecisionListProps {
  decisions: readonly Decision[];
  content: ResultsContent;
}

/** Every decision as a door, in the engine's order: the ones the team is stuck on first. */
export const DecisionList = memo(function DecisionList({ decisions, content }: DecisionListProps) {
  const t = useLocalize();
  return (
    <>
      <p>{t(messages.decisionsIntro)}</p>
      <ol className={styles.decisions}>
        {decisions.map((decision) => (
          <li key={decision.id} className={decision.deliberating ? styles.stuck : styles.decision}>
            <h3 className={styles.title}>{t(decision.title)}</h3>
            {decision.deliberating ? (
              <p className={styles.stuckNote}>
                <span className={shared.badgeWarn}>{t(messages.decisionStuck)}</span>
              </p>
            ) : null}
            {decision.choice ? (
              <p className={styles.text}>
                {t(messages.decisionChoice, { service: serviceName(content, decision.choice) })}
              </p>
            ) : null}
            {decision.advice ? <p className={styles.text}>{t(decision.advice)}</p> : null}
            <DoorSummary door={decision.door} />
          </li>
        ))}
      </ol>
    </>
  );
});
