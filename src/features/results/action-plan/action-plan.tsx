import { memo } from 'react';
import {
  actionPlan,
  type ActionPlan as ActionPlanValue,
  type PlannedDecision,
} from '../../../domain/action-plan';
import type { Advice } from '../../../domain/advice';
import type { ResultsContent } from '../../../domain/results-content';
import { formatUsd } from '../../../domain/cost/format-usd';
import { useFormat } from '../../../i18n/use-format';
import { useLocalize } from '../../../i18n/use-localize';
import { serviceName } from '../../../domain/content-lookup';
import { shortServiceName } from '../short-service-name';
import { DoorSummary } from '../door-summary';
import { messages as resultsMessages } from '../messages';
import shared from '../shared.module.css';
import {
  actionPlanMessages as messages,
  budgetAlarmSentence,
} from '../../../domain/action-plan-messages';
import styles from './action-plan.module.css';

function DecisionLine({
  decision,
  content,
}: {
  decision: PlannedDecision;
  content: ResultsContent;
}) {
  const t = useLocalize();
  const title = t(decision.title);
  return (
    <>
      {decision.choice
        ? t(messages.decisionChoice, {
            decision: title,
            service: shortServiceName(serviceName(content, decision.choice)),
          })
        : title}
      {decision.deliberating ? (
        <>
          {' '}
          <span className={shared.badgeWarn}>{t(resultsMessages.decisionStuck)}</span>
        </>
      ) : null}
    </>
  );
}

function BudgetAlarm({
  alarm,
  name,
  names,
}: {
  alarm: NonNullable<ActionPlanValue['budgetAlarm']>;
  name: (service: string) => string;
  names: (services: readonly string[]) => string;
}) {
  const t = useLocalize();
  const sentence = budgetAlarmSentence(
    alarm.monthlyUsd === null ? null : formatUsd(alarm.monthlyUsd),
    names(alarm.services),
  );
  return (
    <>
      <p className={styles.text}>{t(sentence.message, sentence.values)}</p>
      {alarm.added.map((item) => (
        <p key={item.service} className={styles.text}>
          {t(messages.addedItem, { service: name(item.service), why: t(item.why) })}
        </p>
      ))}
    </>
  );
}

/**
 * What to do this week, first on the page: the doors to decide now, the ones worth a time box (with
 * the trick that keeps each open), the baseline to switch on, the budget alarm and what can wait.
 */
export const ActionPlan = memo(function ActionPlan({
  advice,
  content,
}: {
  advice: Advice;
  content: ResultsContent;
}) {
  const t = useLocalize();
  const format = useFormat();
  const plan = actionPlan(advice, content);
  const name = (service: string) => shortServiceName(serviceName(content, service));
  const names = (services: readonly string[]) => format.list(services.map(name));
  return (
    <ol className={styles.steps}>
      {plan.decideToday.length > 0 ? (
        <li className={styles.step}>
          <h3 className={styles.stepTitle}>{t(messages.decideTodayTitle)}</h3>
          <ul className={styles.items}>
            {plan.decideToday.map((decision) => (
              <li key={decision.id}>
                <DecisionLine decision={decision} content={content} />
              </li>
            ))}
          </ul>
        </li>
      ) : null}
      {plan.timeBoxed.length > 0 ? (
        <li className={styles.step}>
          <h3 className={styles.stepTitle}>{t(messages.timeBoxedTitle)}</h3>
          <ul className={styles.items}>
            {plan.timeBoxed.map((decision) => (
              <li key={decision.id}>
                <DecisionLine decision={decision} content={content} />
                <DoorSummary door={decision.door} inline />
              </li>
            ))}
          </ul>
        </li>
      ) : null}
      {plan.switchOn.length > 0 ? (
        <li className={styles.step}>
          <h3 className={styles.stepTitle}>{t(messages.switchOnTitle)}</h3>
          <p className={styles.text}>
            {t(messages.switchOnText, { services: names(plan.switchOn) })}
          </p>
        </li>
      ) : null}
      {plan.budgetAlarm ? (
        <li className={styles.step}>
          <h3 className={styles.stepTitle}>{t(messages.budgetTitle)}</h3>
          <BudgetAlarm alarm={plan.budgetAlarm} name={name} names={names} />
        </li>
      ) : null}
      {plan.deferred.length > 0 ? (
        <li className={styles.step}>
          <h3 className={styles.stepTitle}>{t(messages.deferredTitle)}</h3>
          <p className={styles.text}>{names(plan.deferred.map((item) => item.service))}</p>
          <details className={styles.more}>
            <summary>{t(messages.deferredWhen)}</summary>
            <ul className={styles.items}>
              {plan.deferred.map((item) => (
                <li key={`${item.slot}:${item.service}`}>
                  {t(messages.deferredItem, { service: name(item.service), when: t(item.when) })}
                </li>
              ))}
            </ul>
          </details>
        </li>
      ) : null}
    </ol>
  );
});
